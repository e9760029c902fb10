// The speakers' palette, seen as readers with each common colour-vision deficiency see it:
// colours simulated with Machado, Oliveira and Fernandes's matrices (2009, severity 1) and
// compared by CIE76 ΔE in CIELAB, with the marks' colours read from www/newsmark.css.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { PALETTE, hue } from "../../www/newsmark.js";

const VISIONS = {
  typical: [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};

/** sRGB (0–255) of an `hsl(h s% l%)` colour. */
function hsl(h, s, l) {
  [s, l] = [s / 100, l / 100];
  const a = s * Math.min(l, 1 - l);
  const f = (n) => {
    const k = (n + h / 30) % 12;
    return 255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1)));
  };
  return [f(0), f(8), f(4)];
}
const hex = (s) => [1, 3, 5].map((i) => parseInt(s.slice(i, i + 2), 16));

/** CIELAB (D65) of an sRGB colour as a reader with `vision` sees it. */
function seen(rgb, vision) {
  const linear = rgb.map((c) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const [r, g, b] = VISIONS[vision].map((row) => Math.min(1, Math.max(0, row[0] * linear[0] + row[1] * linear[1] + row[2] * linear[2])));
  const f = (t) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const [x, y, z] = [(0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, 0.2126 * r + 0.7152 * g + 0.0722 * b, (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883];
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** The smallest ΔE between two colours over the four visions, and the vision that gives it. */
function apart(one, other) {
  return Object.keys(VISIONS)
    .map((vision) => [Math.hypot(...seen(one, vision).map((v, i) => v - seen(other, vision)[i])), vision])
    .reduce((a, b) => (b[0] < a[0] ? b : a));
}

/** The marks' colour variables of a theme's block in newsmark.css. */
function theme(selector) {
  const css = readFileSync(new URL("../../www/newsmark.css", import.meta.url), "utf8");
  const block = css.slice(css.indexOf(selector)).match(/\{([^}]*)\}/)[1];
  const value = (name) => block.match(new RegExp(`--nm-${name}:\\s*([^;]+);`))[1].trim();
  return {
    claim: (h) => hsl(h, 85, parseFloat(value("claim-l"))),
    edge: (h) => hsl(h, 60, parseFloat(value("claim-edge-l"))),
    country: hex(value("country")),
    countryEdge: hex(value("country-edge")),
  };
}
const THEMES = { light: theme(":root, :host"), dark: theme('[data-theme="dark"]') };

test("no speaker's colours look like a country's, in either theme, for any of the four visions", () => {
  for (const [name, t] of Object.entries(THEMES)) {
    for (const h of PALETTE) {
      const [edge, v1] = apart(t.edge(h), t.countryEdge);
      assert.ok(edge >= 25, `${name} theme, hue ${h}: its edge is ΔE ${edge.toFixed(1)} from the countries' (${v1})`);
      const [fill, v2] = apart(t.claim(h), t.country);
      assert.ok(fill >= 11, `${name} theme, hue ${h}: its fill is ΔE ${fill.toFixed(1)} from the countries' (${v2})`);
    }
  }
});

test("the speakers' colours stay apart from each other for all four visions, the first three widely", () => {
  for (const [name, t] of Object.entries(THEMES)) {
    for (let i = 0; i < PALETTE.length; i++) {
      for (let j = i + 1; j < PALETTE.length; j++) {
        const [d, vision] = apart(t.edge(PALETTE[i]), t.edge(PALETTE[j]));
        const least = i < 3 && j < 3 ? 30 : 10;
        assert.ok(d >= least, `${name} theme, hues ${PALETTE[i]} and ${PALETTE[j]}: ΔE ${d.toFixed(1)} (${vision}), under ${least}`);
      }
    }
  }
  assert.deepEqual(Array.from({ length: 7 }, (_, id) => hue(id)), [...PALETTE, ...PALETTE.slice(0, 2)]);
});
