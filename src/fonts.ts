// The bundled CJK font, split by unicode-range: only machines without a system CJK font fetch its files.
// One weight for the UI (bold is synthesised); exports load their own weights when they draw. Imported
// with import() by main.tsx, so its ~100 @font-face rules are not render-blocking CSS.
import '@fontsource/noto-sans-sc/400.css';
