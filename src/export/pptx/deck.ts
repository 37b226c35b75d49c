// What a deck is, as the PPTX writer takes it: slides of text boxes and pictures, placed in inches on a
// 16:9 wide slide (13.333 × 7.5 in, PowerPoint's "Widescreen"). Types only, so importing them costs nothing.

export type VerticalAlign = 'top' | 'middle' | 'bottom';

export interface TextBox {
  kind: 'text';
  /** Position and size in inches from the slide's top left. */
  x: number;
  y: number;
  w: number;
  h: number;
  /** Each line ("\n") becomes its own paragraph. */
  text: string;
  /** In points. */
  size: number;
  bold?: boolean;
  /** RRGGBB; black when absent. */
  color?: string;
  /** Top when absent (the OOXML default). */
  valign?: VerticalAlign;
}

export interface Picture {
  kind: 'picture';
  x: number;
  y: number;
  w: number;
  h: number;
  /** The PNG file. */
  png: Uint8Array;
  /** Alternative text, for screen readers. */
  description?: string;
}

export type Shape = TextBox | Picture;

export interface Slide {
  shapes: readonly Shape[];
}

export interface Deck {
  /** The document title (core properties). */
  title: string;
  /** The typeface of every text run, Latin and East Asian alike, and of the theme. */
  fontFace: string;
  slides: readonly Slide[];
  /** Written as created/modified and as the ZIP entries' time; the writer never reads the clock. */
  created: Date;
}
