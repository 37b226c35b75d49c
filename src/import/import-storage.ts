// Imported observations kept in the browser: one versioned localStorage key, validated with zod on load.
// A stored value that is corrupt or of an unknown shape is set aside (copied to a backup key) and dropped
// with a notice; an older shape is migrated; a newer one is left untouched and not overwritten.
// Never throws: storage may be missing, full or disabled.
import * as z from 'zod/mini';
import { observationSchema } from '../domain/dataset-schema';
import { translator, type Locale } from '../i18n/translate';
import type { ImportedObservation } from './import-csv';

export const STORAGE_VERSION = 1;
export const STORAGE_KEY = `scitech-dashboard:imports:v${STORAGE_VERSION}`;
/** Where an unusable stored value is copied before it is dropped, so nothing is silently lost. */
export const BACKUP_KEY = 'scitech-dashboard:imports:backup';
/** The key used before values were versioned: a bare array of batches. */
export const LEGACY_KEY = 'scitech-dashboard:imports';

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const importedObservationSchema = z.extend(observationSchema, {
  indicator: z.string().check(z.minLength(1)),
  line: z.int().check(z.positive()),
  userSupplied: z.literal(true),
});

export const storedImportSchema = z.object({
  id: z.string().check(z.minLength(1)),
  fileName: z.string(),
  /** ISO timestamp. */
  importedAt: z.string(),
  observations: z.array(importedObservationSchema),
});
export type StoredImport = z.infer<typeof storedImportSchema>;

const envelopeSchema = z.object({ version: z.int(), imports: z.array(z.unknown()) });

export type StorageNotice =
  | { kind: 'corrupt'; detail: string }
  | { kind: 'dropped'; count: number }
  | { kind: 'migrated'; from: string }
  | { kind: 'newer'; version: number }
  | { kind: 'unavailable'; detail: string }
  | { kind: 'save-failed'; detail: string };

export interface LoadedImports {
  imports: StoredImport[];
  notices: StorageNotice[];
  /** A newer app wrote the stored value: show it, but never overwrite it. */
  readOnly: boolean;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Keep the valid batches; count the rest. */
function validBatches(items: unknown[]): { imports: StoredImport[]; dropped: number } {
  const imports: StoredImport[] = [];
  let dropped = 0;
  for (const item of items) {
    const r = storedImportSchema.safeParse(item);
    if (r.success) imports.push(r.data);
    else dropped++;
  }
  return { imports, dropped };
}

function setAside(storage: StorageLike, raw: string): void {
  try {
    storage.setItem(BACKUP_KEY, raw);
  } catch {
    // A backup that does not fit is not worth failing the page for.
  }
}

export function loadImports(storage: StorageLike | null | undefined): LoadedImports {
  const empty = (notices: StorageNotice[] = []): LoadedImports => ({ imports: [], notices, readOnly: false });
  if (!storage) return empty();
  let raw: string | null;
  let legacy: string | null = null;
  try {
    raw = storage.getItem(STORAGE_KEY);
    if (raw === null) legacy = storage.getItem(LEGACY_KEY);
  } catch (e) {
    return empty([{ kind: 'unavailable', detail: errorText(e) }]);
  }

  if (raw === null && legacy !== null) return migrateLegacy(storage, legacy);
  if (raw === null) return empty();

  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    setAside(storage, raw);
    removeQuietly(storage, STORAGE_KEY);
    return empty([{ kind: 'corrupt', detail: errorText(e) }]);
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) {
    setAside(storage, raw);
    removeQuietly(storage, STORAGE_KEY);
    return empty([{ kind: 'corrupt', detail: 'unexpected shape' }]);
  }
  if (envelope.data.version > STORAGE_VERSION) {
    return { imports: [], notices: [{ kind: 'newer', version: envelope.data.version }], readOnly: true };
  }
  const { imports, dropped } = validBatches(envelope.data.imports);
  const notices: StorageNotice[] = [];
  if (dropped > 0) {
    setAside(storage, raw);
    notices.push({ kind: 'dropped', count: dropped });
    const saved = saveImports(storage, imports);
    if (saved) notices.push(saved);
  }
  return { imports, notices, readOnly: false };
}

/** The unversioned shape: a bare array of batches under LEGACY_KEY. Wrapped, validated, moved to the new key. */
function migrateLegacy(storage: StorageLike, raw: string): LoadedImports {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    json = undefined;
    void e;
  }
  setAside(storage, raw);
  if (!Array.isArray(json)) {
    removeQuietly(storage, LEGACY_KEY);
    return {
      imports: [],
      notices: [{ kind: 'corrupt', detail: 'unexpected shape (unversioned)' }],
      readOnly: false,
    };
  }
  const { imports, dropped } = validBatches(json);
  const notices: StorageNotice[] = [{ kind: 'migrated', from: LEGACY_KEY }];
  if (dropped > 0) notices.push({ kind: 'dropped', count: dropped });
  const saved = saveImports(storage, imports);
  if (saved) notices.push(saved);
  else removeQuietly(storage, LEGACY_KEY);
  return { imports, notices, readOnly: false };
}

function removeQuietly(storage: StorageLike, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // Nothing more to do: the value is ignored either way.
  }
}

/** Write all batches; returns a notice when the browser refuses (quota, private mode), else null. */
export function saveImports(
  storage: StorageLike | null | undefined,
  imports: readonly StoredImport[],
): StorageNotice | null {
  if (!storage) return { kind: 'unavailable', detail: 'no localStorage' };
  try {
    if (imports.length === 0) storage.removeItem(STORAGE_KEY);
    else storage.setItem(STORAGE_KEY, JSON.stringify({ version: STORAGE_VERSION, imports }));
    return null;
  } catch (e) {
    return { kind: 'save-failed', detail: errorText(e) };
  }
}

export function newBatch(
  fileName: string,
  observations: readonly ImportedObservation[],
  now: Date,
): StoredImport {
  const id = `${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  return {
    id,
    fileName,
    importedAt: now.toISOString(),
    observations: observations.map((o) => ({ ...o, userSupplied: true as const })),
  };
}

/** Imported observations per indicator id, in import order (later imports after earlier ones). */
export function extraByIndicator(imports: readonly StoredImport[]): Map<string, ImportedObservation[]> {
  const out = new Map<string, ImportedObservation[]>();
  for (const batch of imports) {
    for (const o of batch.observations) {
      const list = out.get(o.indicator);
      if (list) list.push(o);
      else out.set(o.indicator, [o]);
    }
  }
  return out;
}

export function noticeText(notice: StorageNotice, locale: Locale): string {
  const { kind, ...vars } = notice;
  return translator(locale)(`import.notice.${kind}`, vars);
}
