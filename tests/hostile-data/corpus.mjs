// The hostile data corpus (`tests/hostile-data/*.json`, format in its README) for the
// browser tests: the JavaScript twin of corpus.rs, reading the same cases the same way.
import { readFileSync, readdirSync } from "node:fs";

const dir = new URL("./", import.meta.url);
const publicData = new URL("../../public/data/", import.meta.url);

/** A text made of parts: a string, or a list of strings and `{repeat, times}`. */
function parts(value) {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map(parts).join("");
  return value.repeat.repeat(value.times);
}

/** Where the JSON scalar starting at `start` ends. */
function valueEnd(text, start) {
  if (text[start] === '"') {
    let i = start + 1;
    while (text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
    return i + 1;
  }
  let i = start;
  while (i < text.length && !/[,}\]\s]/.test(text[i])) i++;
  return i;
}

/** One edit of the committed file, as corpus.rs applies it. */
function apply(text, edit, name) {
  const replacement = parts(edit.with);
  if (edit.find !== undefined) {
    const at = text.indexOf(edit.find);
    if (at < 0) throw new Error(`${name}: ${JSON.stringify(edit.find)} is not in the committed file`);
    return text.slice(0, at) + replacement + text.slice(at + edit.find.length);
  }
  const marker = text.indexOf(edit.value_after);
  if (marker < 0) throw new Error(`${name}: ${JSON.stringify(edit.value_after)} is not in the committed file`);
  let start = marker + edit.value_after.length;
  while (/[\s:[]/.test(text[start])) start++;
  return text.slice(0, start) + replacement + text.slice(valueEnd(text, start));
}

/**
 * Every case, by name: `{ name, about, file, url, text (null when removed), expected (null
 * when accepted), shows, browser, open }`.
 */
export function cases() {
  return readdirSync(dir)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => {
      const name = file.slice(0, -".json".length);
      const json = JSON.parse(readFileSync(new URL(file, dir), "utf8"));
      let text = null;
      if (json.text !== undefined) text = parts(json.text);
      else if (json.edit) text = json.edit.reduce((t, e) => apply(t, e, name), readFileSync(new URL(json.file, publicData), "utf8"));
      else if (json.absent !== true) throw new Error(`${name}: needs text, edit or absent`);
      return {
        name,
        about: json.about,
        file: json.file,
        url: `/data/${json.file}`,
        text,
        expected: json.expected,
        shows: json.shows ?? [],
        browser: json.browser,
        open: json.open,
      };
    });
}
