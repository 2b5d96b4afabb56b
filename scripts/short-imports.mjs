// Short names for the wasm's imports, in the wasm and in the wasm-bindgen glue that provides
// them. wasm-bindgen names each import after its JS function plus a 16-digit hash
// (`__wbg_set_innerHTML_a9d3a267967b5117`); the hashes cannot be compressed and each name is
// written twice, once in the wasm's import section and once as a key in the glue. Numbered
// names instead: 2.5 KiB brotli less (README, measured choices). Run by post-build.mjs on
// release builds, before the glue is minified.
//
// Only the import section's names change; every other byte of the wasm is copied. Anything
// this does not expect (an import that is not a function, a name the glue does not hold
// exactly once as a key) stops the build rather than ship a wasm the glue cannot start.

/** Reads an unsigned LEB128 number at `at`: [value, next offset]. */
function readU32(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return [value, at];
    shift += 7;
  }
}

function writeU32(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return out;
}

const IMPORT_SECTION = 2;
const FUNCTION_IMPORT = 0;

/** The name for the `index`th import: a0, a1, … (valid JS keys that no glue name uses). */
const shortName = (index) => `a${index.toString(36)}`;

/**
 * The wasm `bytes` with its imports renamed, and the renames (old name → new). Imports from
 * other modules than `module` keep their names.
 */
export function renameImports(bytes, module) {
  const text = new TextDecoder();
  const utf8 = new TextEncoder();
  const renames = new Map();
  const out = [bytes.subarray(0, 8)];
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, start] = readU32(bytes, at + 1);
    const end = start + size;
    if (id !== IMPORT_SECTION) {
      out.push(bytes.subarray(at, end));
      at = end;
      continue;
    }
    let [count, p] = readU32(bytes, start);
    const section = writeU32(count);
    for (let i = 0; i < count; i += 1) {
      let length;
      [length, p] = readU32(bytes, p);
      const moduleName = text.decode(bytes.subarray(p, p + length));
      p += length;
      [length, p] = readU32(bytes, p);
      const field = text.decode(bytes.subarray(p, p + length));
      p += length;
      const kind = bytes[p];
      if (kind !== FUNCTION_IMPORT) throw new Error(`short-imports: ${moduleName} ${field} is not a function`);
      const [, after] = readU32(bytes, p + 1);
      let name = field;
      if (moduleName === module) {
        name = shortName(renames.size);
        renames.set(field, name);
      }
      section.push(...writeU32(utf8.encode(moduleName).length), ...utf8.encode(moduleName));
      section.push(...writeU32(utf8.encode(name).length), ...utf8.encode(name));
      section.push(...bytes.subarray(p, after));
      p = after;
    }
    if (p !== end) throw new Error("short-imports: the import section has bytes after its imports");
    out.push(Uint8Array.from([IMPORT_SECTION, ...writeU32(section.length), ...section]));
    at = end;
  }
  const joined = new Uint8Array(out.reduce((total, part) => total + part.length, 0));
  out.reduce((offset, part) => (joined.set(part, offset), offset + part.length), 0);
  return { bytes: joined, renames };
}

/** The glue with each renamed import's key renamed too. */
export function renameInGlue(glue, renames) {
  let renamed = glue;
  for (const [from, to] of renames) {
    const key = new RegExp(`(?<![\\w$])${from.replace(/\$/g, "\\$")}(?=\\s*:)`, "g");
    const found = renamed.match(key)?.length ?? 0;
    const anywhere = renamed.split(from).length - 1;
    if (found !== 1 || anywhere !== 1) {
      throw new Error(`short-imports: the glue holds ${from} ${anywhere} times, ${found} as a key; expected once, as a key`);
    }
    renamed = renamed.replace(key, to);
  }
  return renamed;
}
