import assert from 'node:assert/strict';
import { test } from 'node:test';
import { charOf, macRoman, windows1252, type CodePage } from '../../src/import/codepages.js';
import { decodeUtf8Strict, repairMojibake } from '../../src/import/mojibake.js';

// Makes mojibake the way tools do: UTF-8 bytes shown one byte per character in a code page.
function garble(text: string, page: CodePage): string {
  return [...Buffer.from(text, 'utf8')].map((b) => (b < 0x80 ? String.fromCharCode(b) : charOf(page, b)!)).join('');
}

test('repairs the seed page\'s Mac Roman mojibake: Chinese name and emoji, including a ZWJ sequence', () => {
  const r = repairMojibake("Hi, I'm Ze-qing WANG (ÁéãÊ≥ΩÂçø). \uF8FFüßë‚Äç\uF8FFüéìCurrently \uF8FFüî• hot");
  assert.equal(r.text, "Hi, I'm Ze-qing WANG (王泽卿). 🧑‍🎓Currently 🔥 hot");
  assert.deepEqual(r.repairs.map((x) => [x.before, x.after, x.codePage]), [
    ['ÁéãÊ≥ΩÂçø', '王泽卿', 'Mac Roman'],
    ['\uF8FFüßë‚Äç\uF8FFüéì', '🧑‍🎓', 'Mac Roman'],
    ['\uF8FFüî•', '🔥', 'Mac Roman'],
  ]);
  assert.deepEqual(r.repairs.map((x) => [x.count, x.offsets]), [[1, [22]], [1, [34]], [1, [55]]]);
});

test('repairs Windows-1252 mojibake (MÃ¼nchen, Ã©, â€™)', () => {
  const r = repairMojibake('MÃ¼nchen cafÃ© donâ€™t');
  assert.equal(r.text, 'München café don’t');
  assert.deepEqual(r.repairs.map((x) => x.codePage), ['Windows-1252', 'Windows-1252', 'Windows-1252']);
});

test('restores an emoji whose first byte (the Mac Roman Apple logo) was stripped: üéÆ → 🎮', () => {
  const r = repairMojibake('games üéÆ here');
  assert.equal(r.text, 'games 🎮 here');
  assert.equal(r.repairs[0]!.restoredLead, true);
});

test('leaves correct text alone, however odd it looks', () => {
  const samples = ['Müller', 'café', 'Ångström', 'naïve', '王泽卿', '©', '–', '— “quoted” ‘x’', 'Zürich, Straße', 'Ø 5 mm ± 0.1', 'ÀÉÎÕÜ', 'über–', '日本語のテキスト', '😀 🎉', 'Â', 'déjà vu'];
  for (const s of samples) {
    const r = repairMojibake(s);
    assert.equal(r.text, s, s);
    assert.deepEqual(r.repairs, [], s);
  }
});

test('round-trips every kind of text through both code pages', () => {
  for (const page of [macRoman, windows1252]) {
    for (const s of ['München', '王泽卿', 'naïve café', '🧑‍🎓 ok', 'Ελληνικά', 'Ångström']) {
      const garbled = garble(s, page);
      assert.notEqual(garbled, s);
      assert.equal(repairMojibake(garbled).text, s, `${page.name}: ${s}`);
    }
  }
});

test('a run both code pages can read differently is left alone and listed as ambiguous', () => {
  // "Ã©" is é in Windows-1252 but a lone combining mark in Mac Roman: only one plausible reading.
  assert.equal(repairMojibake('Ã©').text, 'é');
  // "Õ±" is U+0571 (Armenian ձ) read as Windows-1252 and U+0371 (Greek ͱ) read as Mac Roman.
  const r = repairMojibake('x Õ± y');
  assert.equal(r.text, 'x Õ± y');
  assert.deepEqual(r.repairs, []);
  assert.deepEqual(r.ambiguous, [{ text: 'Õ±', readings: ['ͱ', 'ձ'], count: 1, offsets: [2] }]);
});

test('decodeUtf8Strict refuses overlong forms, surrogates and stray continuation bytes', () => {
  assert.equal(decodeUtf8Strict([0xc0, 0x80]), undefined);
  assert.equal(decodeUtf8Strict([0xe0, 0x80, 0x80]), undefined);
  assert.equal(decodeUtf8Strict([0xed, 0xa0, 0x80]), undefined);
  assert.equal(decodeUtf8Strict([0x80]), undefined);
  assert.deepEqual(decodeUtf8Strict([0xe7, 0x8e, 0x8b]), { text: '王', restoredLead: false });
});

test('correct French, German and Romanian text is never "repaired" into another alphabet', () => {
  for (const text of ['l’État', 'L’École «École» d’Été à l’Île', 'qu’À l’Œuvre “Émile”', 'Zürich — Genève “Über” Müller’s']) {
    assert.deepEqual(repairMojibake(text), { text, repairs: [], ambiguous: [] });
  }
  // Real mojibake inside a word is still repaired: Latin accents and CJK, but not a lone Armenian letter.
  assert.equal(repairMojibake('cafÃ© ParaÈ™chiv VLMÊ®°Âûã –ü—Ä–∏–≤–µ—Ç').text, 'café Parașchiv VLM模型 Привет');
});

test('a run repaired many times is one kind of repair with its count and its first three offsets', () => {
  const r = repairMojibake('CafÃ© Ã© x Ã© Ã© Ã¼ Ã©');
  assert.equal(r.text, 'Café é x é é ü é');
  assert.deepEqual(r.repairs, [
    { before: 'Ã©', after: 'é', codePage: 'Windows-1252', restoredLead: false, count: 5, offsets: [3, 6, 11] },
    { before: 'Ã¼', after: 'ü', codePage: 'Windows-1252', restoredLead: false, count: 1, offsets: [17] },
  ]);
});

test('a run across the 64 KB blocks the text is rewritten in is repaired whole, at its offset in the whole text', () => {
  const text = 'a'.repeat(65535) + ' Ã© ' + 'b'.repeat(65534) + 'ÁéãÊ≥ΩÂçø.';
  const r = repairMojibake(text);
  assert.equal(r.text, 'a'.repeat(65535) + ' é ' + 'b'.repeat(65534) + '王泽卿.');
  assert.deepEqual(r.repairs.map((x) => [x.before, x.offsets]), [['Ã©', [65536]], ['ÁéãÊ≥ΩÂçø', [131073]]]);
});
