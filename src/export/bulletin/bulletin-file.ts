// The bulletin button's one entry (a click loads this chunk: ACTIONS in scripts/lib/bundle.ts): the model of
// the current view, written as .docx with the charts the renderer draws.
import { buildBulletin, type BulletinInput } from './bulletin-model';
import { writeBulletinDocx, type BulletinDocxOptions, type RenderPng } from './bulletin-docx';

export async function bulletinDocx(
  input: BulletinInput,
  renderPng: RenderPng,
  options: BulletinDocxOptions = {},
): Promise<Uint8Array> {
  return writeBulletinDocx(buildBulletin(input), renderPng, options);
}
