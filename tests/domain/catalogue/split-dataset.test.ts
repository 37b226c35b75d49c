import { describe, expect, it } from 'vitest';
import { splitDocuments } from '../../../src/domain/catalogue/split-dataset';
import { datasetSchema, documentFileSchema } from '../../../src/domain/dataset-schema';
import { makeSmallDataset } from '../../support/small-dataset';

describe('splitDocuments', () => {
  const whole = makeSmallDataset();
  const { index, documents } = splitDocuments(whole, (json) => `h${json.length}`);

  it('leaves every text and mention out of the index, which the app still accepts', () => {
    expect(datasetSchema.safeParse(index).success).toBe(true);
    expect(index.mentions).toBeUndefined();
    expect(index.documents.every((d) => d.text === undefined)).toBe(true);
    expect(index.indicators).toBe(whole.indicators);
    expect(JSON.stringify(index)).not.toContain(whole.documents[0]!.text.slice(0, 40));
  });

  it("puts each document's text and exactly its own mentions in its file, named by the digest", () => {
    expect(documents.map((d) => d.file.id)).toEqual(whole.documents.map((d) => d.id));
    for (const [i, d] of documents.entries()) {
      expect(documentFileSchema.safeParse(d.file).success).toBe(true);
      expect(d.file.text).toBe(whole.documents[i]!.text);
      expect(d.file.mentions).toEqual(whole.mentions.filter((m) => m.document === d.file.id));
      expect(d.path).toBe(`documents/${d.file.id}.h${d.json.length}.json`);
      expect(index.documents[i]!.textFile).toBe(d.path);
      expect(JSON.parse(d.json)).toEqual(d.file);
    }
    expect(documents.flatMap((d) => d.file.mentions)).toHaveLength(whole.mentions.length);
  });
});
