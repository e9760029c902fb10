// Joins the active data segments of a wasm module back into one, in place:
// `node scripts/join-data.mjs www/pkg/newsmark_bg.wasm`.
//
// binaryen's memory packing (part of -O1) splits the data around every run of zeros: each of
// newsmark's word sets is a static whose lazily built lexicon starts as 36 zero bytes, so the
// data becomes some 200 segments, each with its own header of offset and length. gzip
// compresses the zeros between them better than it compresses those headers: joined, the
// wasm downloads about 0.4 KB smaller, and the memory the module starts with is the same, byte
// for byte (a gap between two segments is zeros in a fresh memory, and is written as zeros).
import { readFileSync, writeFileSync } from "node:fs";

/** The data section's id, and the data count section's (present with bulk memory). */
const DATA = 11;
const DATA_COUNT = 12;
/** The opcodes of the constant expression `i32.const <offset> end`. */
const I32_CONST = 0x41;
const END = 0x0b;

/** Reads an unsigned LEB128 at `at`: `[value, next position]`. */
function readUnsigned(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

/** Reads a signed LEB128 of at most 32 bits at `at`: `[value, next position]`. */
function readSigned(bytes, at) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[at++];
    value |= (byte & 0x7f) << shift;
    shift += 7;
  } while (byte >= 0x80);
  return [shift < 32 && byte & 0x40 ? value | (-1 << shift) : value, at];
}

/** Encodes `value` as an unsigned LEB128. */
function unsigned(value) {
  const out = [];
  do {
    const byte = value & 0x7f;
    value = Math.floor(value / 128);
    out.push(value ? byte | 0x80 : byte);
  } while (value);
  return out;
}

/** Encodes a 32-bit `value` as a signed LEB128. */
function signed(value) {
  const out = [];
  for (;;) {
    const byte = value & 0x7f;
    value >>= 7;
    const done = (value === 0 && !(byte & 0x40)) || (value === -1 && byte & 0x40);
    out.push(done ? byte : byte | 0x80);
    if (done) return out;
  }
}

/**
 * The body of a data section whose active segments (in memory 0, at constant offsets, in the
 * order of their offsets) are joined into one, the gaps between them zeros; `null` where the
 * section holds another kind of segment, segments that overlap, or fewer than two.
 */
function joinSegments(body) {
  let [count, at] = readUnsigned(body, 0);
  const segments = [];
  for (let i = 0; i < count; i++) {
    if (body[at] !== 0 || body[at + 1] !== I32_CONST) return null;
    let offset, length;
    [offset, at] = readSigned(body, at + 2);
    if (body[at] !== END) return null;
    [length, at] = readUnsigned(body, at + 1);
    segments.push({ offset, bytes: body.subarray(at, at + length) });
    at += length;
  }
  for (let i = 1; i < segments.length; i++) {
    const before = segments[i - 1];
    if (segments[i].offset < before.offset + before.bytes.length) return null;
  }
  if (segments.length < 2) return null;
  const first = segments[0].offset;
  const last = segments[segments.length - 1];
  const joined = new Uint8Array(last.offset + last.bytes.length - first);
  for (const { offset, bytes } of segments) joined.set(bytes, offset - first);
  const header = [...unsigned(1), 0, I32_CONST, ...signed(first), END, ...unsigned(joined.length)];
  const section = new Uint8Array(header.length + joined.length);
  section.set(header);
  section.set(joined, header.length);
  return section;
}

/** The module `wasm` with its data joined into one segment (the same bytes where it cannot be). */
function joinData(wasm) {
  const sections = [];
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, start] = readUnsigned(wasm, at + 1);
    sections.push({ id, body: wasm.subarray(start, start + size) });
    at = start + size;
  }
  const data = sections.find((s) => s.id === DATA);
  const joined = data && joinSegments(data.body);
  if (!joined) return wasm;
  data.body = joined;
  const count = sections.find((s) => s.id === DATA_COUNT);
  if (count) count.body = Uint8Array.from(unsigned(1));
  const parts = [wasm.subarray(0, 8)];
  for (const { id, body } of sections) {
    parts.push(Uint8Array.from([id, ...unsigned(body.length)]), body);
  }
  return Buffer.concat(parts);
}

const path = process.argv[2];
writeFileSync(path, joinData(readFileSync(path)));
