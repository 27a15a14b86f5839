// The text of a PDF, for tests (there is no pdftotext on the machine and no
// PDF library among the dependencies). Enough of PDF for what Chromium (Skia)
// writes: indirect objects, Flate streams, Type0 fonts with a ToUnicode CMap,
// and text shown with Tj/TJ in hex or literal strings. Pages are read in the
// order of the page tree; each text object (BT..ET: a line of a paragraph, a
// table cell, a term) is a line. Chromium positions each glyph itself and
// writes no space glyphs, so words within a line run together
// ("Headlinefigures"): compare with `squeeze`. Also reads the document information (Title) and counts pages.
import zlib from 'node:zlib';

interface Obj {
  dict: string;
  stream: Buffer | null;
}

function objects(pdf: Buffer): Map<number, Obj> {
  const s = pdf.toString('latin1');
  const out = new Map<number, Obj>();
  const re = /(\d+) 0 obj\b/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    const start = m.index + m[0].length;
    const end = s.indexOf('endobj', start);
    if (end < 0) break;
    const body = s.slice(start, end);
    const si = body.indexOf('stream');
    let dict = body;
    let stream: Buffer | null = null;
    if (si >= 0 && /^\s*<</.test(body)) {
      dict = body.slice(0, si);
      let from = start + si + 'stream'.length;
      if (s[from] === '\r') from++;
      if (s[from] === '\n') from++;
      const lenM = /\/Length (\d+)(?! \d+ R)/.exec(dict);
      let to = lenM ? from + Number(lenM[1]) : s.lastIndexOf('endstream', end);
      if (!lenM) while (s[to - 1] === '\n' || s[to - 1] === '\r') to--;
      stream = pdf.subarray(from, to);
      if (/\/FlateDecode/.test(dict)) {
        try {
          stream = zlib.inflateSync(stream);
        } catch {
          stream = zlib.inflateRawSync(stream.subarray(2));
        }
      }
    }
    out.set(Number(m[1]), { dict, stream });
    re.lastIndex = end;
  }
  return out;
}

function utf16(hex: string): string {
  let s = '';
  for (let i = 0; i + 4 <= hex.length; i += 4) s += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
  return s;
}

/** code (as hex) → text, from a ToUnicode CMap. */
function cmap(text: string): { map: Map<number, string>; bytes: number } {
  const map = new Map<number, string>();
  let bytes = 2;
  const range = /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/.exec(/begincodespacerange([\s\S]*?)endcodespacerange/.exec(text)?.[1] ?? '');
  if (range) bytes = range[1]!.length / 2;
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const p of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>/g)) map.set(parseInt(p[1]!, 16), utf16(p[2]!));
  }
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const p of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<([0-9a-fA-F]*)>|\[([^\]]*)\])/g)) {
      const lo = parseInt(p[1]!, 16);
      const hi = parseInt(p[2]!, 16);
      if (p[4] !== undefined) {
        const base = parseInt(p[4].slice(-4) || '0', 16);
        const prefix = utf16(p[4].slice(0, -4));
        for (let c = lo; c <= hi; c++) map.set(c, prefix + String.fromCharCode(base + c - lo));
      } else {
        const items = [...p[5]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((x) => utf16(x[1]!));
        items.forEach((t, i) => map.set(lo + i, t));
      }
    }
  }
  return { map, bytes };
}

const ref = (dict: string, key: string): number | null => {
  const m = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict);
  return m ? Number(m[1]) : null;
};

function literal(s: string): Buffer {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c !== '\\') {
      out.push(c.charCodeAt(0));
      continue;
    }
    const n = s[++i]!;
    const esc: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12, '(': 40, ')': 41, '\\': 92 };
    if (n in esc) out.push(esc[n]!);
    else if (/[0-7]/.test(n)) {
      let oct = n;
      while (oct.length < 3 && /[0-7]/.test(s[i + 1] ?? '')) oct += s[++i];
      out.push(parseInt(oct, 8));
    }
  }
  return Buffer.from(out);
}

export interface PdfText {
  pages: string[];
  text: string;
  title: string | null;
}

export function pdfText(pdf: Buffer): PdfText {
  const objs = objects(pdf);
  const get = (n: number | null) => (n === null ? undefined : objs.get(n));
  // Fonts: object number → its ToUnicode map.
  const fonts = new Map<number, { map: Map<number, string>; bytes: number }>();
  for (const [n, o] of objs) {
    const tu = ref(o.dict, 'ToUnicode');
    if (/\/Type\s*\/Font/.test(o.dict) && tu !== null) {
      const c = get(tu)?.stream;
      if (c) fonts.set(n, cmap(c.toString('latin1')));
    }
  }
  // Pages in page-tree order.
  const pageIds: number[] = [];
  const root = ref(objs.get(ref(pdf.toString('latin1').slice(pdf.lastIndexOf('trailer') >= 0 ? pdf.lastIndexOf('trailer') : 0), 'Root') ?? -1)?.dict ?? '', 'Pages');
  const walk = (n: number) => {
    const d = get(n)?.dict ?? '';
    if (/\/Type\s*\/Page\b(?!s)/.test(d)) return pageIds.push(n);
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(d)?.[1] ?? '';
    for (const k of kids.matchAll(/(\d+) 0 R/g)) walk(Number(k[1]));
  };
  if (root !== null) walk(root);
  if (pageIds.length === 0) for (const [n, o] of objs) if (/\/Type\s*\/Page\b(?!s)/.test(o.dict)) pageIds.push(n);

  const pages = pageIds.map((pid) => {
    const page = get(pid)!.dict;
    // Resources inline or by reference; fonts inline or by reference.
    let res = /\/Resources\s*(<<[\s\S]*>>)/.exec(page)?.[1] ?? get(ref(page, 'Resources'))?.dict ?? '';
    let fontDict = /\/Font\s*<<([\s\S]*?)>>/.exec(res)?.[1];
    if (fontDict === undefined) fontDict = get(ref(res, 'Font'))?.dict ?? '';
    const fontOf = new Map<string, number>();
    for (const f of fontDict.matchAll(/\/([^\s/<>\[\]()]+)\s+(\d+) 0 R/g)) fontOf.set(f[1]!, Number(f[2]));
    res = '';
    const contentRefs = /\/Contents\s*\[([^\]]*)\]/.exec(page)?.[1] ?? /\/Contents\s+(\d+ 0 R)/.exec(page)?.[1] ?? '';
    let text = '';
    for (const c of contentRefs.matchAll(/(\d+) 0 R/g)) {
      const stream = get(Number(c[1]))?.stream?.toString('latin1') ?? '';
      let font: { map: Map<number, string>; bytes: number } | undefined;
      const decode = (bytes: Buffer) => {
        if (!font) return bytes.toString('latin1');
        let s = '';
        for (let i = 0; i + font.bytes <= bytes.length; i += font.bytes) s += font.map.get(bytes.readUIntBE(i, font.bytes)) ?? '';
        return s;
      };
      const tokens = stream.matchAll(/\/([^\s/<>\[\]()]+)\s+[\d.]+\s+Tf|<([0-9a-fA-F\s]*)>|\(((?:\\.|[^\\)])*)\)|\b(ET)\b/g);
      for (const t of tokens) {
        if (t[1] !== undefined) font = fonts.get(fontOf.get(t[1]) ?? -1);
        else if (t[2] !== undefined) text += decode(Buffer.from(t[2].replace(/\s/g, ''), 'hex'));
        else if (t[3] !== undefined) text += decode(literal(t[3]));
        else if (t[4] === 'ET') text += '\n';
        // Chromium places every glyph with its own Td and leaves word spaces out (a wider step):
        // glyphs of one text object are joined without spaces.
      }
    }
    return text.replace(/[ \t]+/g, ' ').replace(/ *\n */g, '\n').replace(/\n+/g, '\n');
  });
  const info = get(ref(pdf.toString('latin1').slice(pdf.lastIndexOf('trailer') >= 0 ? pdf.lastIndexOf('trailer') : 0), 'Info'));
  let title: string | null = null;
  const tm = info ? /\/Title\s*(\((?:\\.|[^\\)])*\)|<[0-9a-fA-F]*>)/.exec(info.dict) : null;
  if (tm) {
    const raw = tm[1]!;
    const bytes = raw.startsWith('<') ? Buffer.from(raw.slice(1, -1), 'hex') : literal(raw.slice(1, -1));
    title = bytes[0] === 0xfe && bytes[1] === 0xff ? utf16(bytes.subarray(2).toString('hex')) : bytes.toString('latin1');
  }
  return { pages, text: pages.join('\n\f'), title };
}

/** Text with all spaces taken out (and ligatures spelt out), to compare with the PDF's glyph runs. */
export function squeeze(s: string): string {
  return s.replace(/\uFB01/g, 'fi').replace(/\uFB00/g, 'ff').replace(/\uFB02/g, 'fl').replace(/\uFB03/g, 'ffi').replace(/\uFB04/g, 'ffl').replace(/[ \t\u00a0]+/g, '');
}
