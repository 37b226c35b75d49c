import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocumentMeta, type DocumentMeta } from '../../../src/domain/text/document-meta';
import { decodeDocument } from '../../../src/domain/text/decode';
import { normalizeText } from '../../../src/domain/text/normalize';

function seed(file: string): string {
  const decoded = decodeDocument(readFileSync(`seeds/${file}`));
  if (!decoded.ok) throw new Error(decoded.error);
  return normalizeText(decoded.value);
}

const none: DocumentMeta = {
  title: null,
  issuer: null,
  publisher: null,
  number: null,
  written: null,
  published: null,
};

describe('readDocumentMeta on the five seeds, as saved', () => {
  it.each([
    [
      // A page with the metadata table: no 文号 in it, the sender (in the title) not the publisher.
      '000_0294bc5628748d2f.txt',
      {
        title: '中共重庆市委金融委员会办公室关于市政协六届三次会议第1207号提案答复的函',
        issuer: '中共重庆市委金融委员会办公室',
        publisher: '市地方金融管理局',
        number: null,
        written: '2025-07-28',
        published: '2025-07-28',
      },
    ],
    [
      // The table over four lines, with a 文号 and two different dates.
      '001_416c52ec199fdc45.txt',
      {
        title: '重庆高新区管委会办公室关于印发重庆高新区金融发展“十四五”规划的通知',
        issuer: '重庆高新区管委会办公室',
        publisher: '高新区财政局',
        number: '渝高新办发〔2022〕41号',
        written: '2022-06-27',
        published: '2022-07-04',
      },
    ],
    [
      // A letter: 文号 on its own line, the title broken over the letterhead with spaced characters, and
      // only the signature's date.
      '002_918b6d436871ed29.txt',
      {
        title: '重庆市金融工作办公室关于市政协五届一次会议第0108号提案的复函',
        issuer: '重庆市金融工作办公室',
        publisher: null,
        number: '渝金议〔2018〕1号',
        written: '2018-05-17',
        published: null,
      },
    ],
    [
      // A notice reposted on another site: 发表时间; the title over four lines under its sender (the page's
      // own heading repeats it without a sender and is passed over). The text lost the 文号's brackets
      // (渝经信融资20246) and the dash of 2024—2027, so neither comes back.
      '003_d9c7dee2c25caa64.txt',
      {
        title:
          '重庆市经济和信息化委员会关于印发重庆市加快推动“科技产业金融一体化”助力“33618”现代制造业集群体系建设工作方案(20242027年)的通知',
        issuer: '重庆市经济和信息化委员会',
        publisher: null,
        number: null,
        written: null,
        published: '2024-03-21',
      },
    ],
    // A summary followed by a plan, with no header at all: nothing is guessed.
    ['004_9f09ba1eb4098b5c.txt', none],
  ] as [string, DocumentMeta][])('%s', (file, expected) => {
    expect(readDocumentMeta(seed(file))).toEqual(expected);
  });
});

describe('readDocumentMeta on the shapes documents take', () => {
  it.each([
    [
      'a table written with colons, dates in 年月日',
      '索引号：11500000/2024-00001 发文字号：渝府办发〔2024〕12号\n发布机构：市政府办公厅 成文日期：2024年3月5日 发布日期：2024年03月08日\n' +
        '重庆市人民政府办公厅关于印发科技金融行动方案的通知\n各区县：\n',
      {
        title: '重庆市人民政府办公厅关于印发科技金融行动方案的通知',
        issuer: '重庆市人民政府办公厅',
        publisher: '市政府办公厅',
        number: '渝府办发〔2024〕12号',
        written: '2024-03-05',
        published: '2024-03-08',
      },
    ],
    [
      'a signature in Chinese numerals, a 文号 in square brackets',
      '川金发[2023]7号\n四川省地方金融监督管理局\n关于开展科技金融\n专项行动的通知\n各市州：\n正文。\n四川省地方金融监督管理局\n二〇二三年十二月三十一日\n',
      {
        ...none,
        title: '四川省地方金融监督管理局关于开展科技金融专项行动的通知',
        issuer: '四川省地方金融监督管理局',
        number: '川金发[2023]7号',
        written: '2023-12-31',
      },
    ],
    [
      'a 文号 cited inside a sentence is not the document’s',
      '关于做好科技金融工作的意见\n根据《指导意见》（渝银监发〔2016〕13号），现提出如下意见。\n',
      { ...none, title: '关于做好科技金融工作的意见' },
    ],
    [
      'an impossible date is no date',
      '[ 成文日期 ]2024-02-30 [ 发布日期 ]2024-13-01\n关于某事的通知\n',
      { ...none, title: '关于某事的通知' },
    ],
    [
      'a sentence with 关于 that ends in a full stop is not a title',
      '我市出台了关于支持科技创新的若干措施。\n',
      none,
    ],
    ['an empty text', '', none],
  ] as [string, string, DocumentMeta][])('%s', (_name, text, expected) => {
    expect(readDocumentMeta(text)).toEqual(expected);
  });
});
