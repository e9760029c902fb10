// newsmark in headless Chromium: start-up (fetch, compile and instantiate the wasm, first
// annotate) and the time to annotate and to render the sample article.
//
//   node scripts/bench-browser.mjs
import { serve } from "./serve.mjs";
import { launch } from "../tests/browser/chromium.mjs";

const { server, url } = await serve();
const context = await launch();
const page = await context.newPage();
const runs = [];
for (let i = 0; i < 7; i++) {
  // A fresh document each time, so that the module and the wasm load cold.
  await page.goto(`${url}sample-article.txt?run=${i}`);
  runs.push(
    await page.evaluate(async () => {
      const t0 = performance.now();
      const { load, marksOf, render } = await import(`/newsmark.js?cold=${Math.random()}`);
      const t1 = performance.now();
      const newsmark = await load();
      newsmark.annotate("Russia said so.");
      const startup = performance.now() - t1;
      const modules = t1 - t0;
      const text = await (await fetch("/sample-article.txt")).text();
      const median = (f, n) => {
        const times = [];
        for (let k = 0; k < n; k++) {
          const s = performance.now();
          f();
          times.push(performance.now() - s);
        }
        return times.sort((a, b) => a - b)[Math.floor(n / 2)];
      };
      const annotate = median(() => newsmark.annotate(text), 200);
      const div = document.createElement("div");
      document.body.append(div);
      const annotateAndRender = median(() => render(div, text, marksOf(newsmark.annotate(text))), 100);
      return { modules, startup, annotate, annotateAndRender, bytes: new TextEncoder().encode(text).length };
    }),
  );
}
await context.close();
server.close();
const med = (key) => runs.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
console.log(`Chromium, sample article (${runs[0].bytes} bytes), median of ${runs.length} cold loads:`);
console.log(`  import the JS modules: ${med("modules").toFixed(1)} ms`);
console.log(`  wasm start-up (fetch, compile + instantiate, first annotate): ${med("startup").toFixed(1)} ms`);
console.log(`  annotate the sample article: ${med("annotate").toFixed(3)} ms`);
console.log(`  annotate and render it: ${med("annotateAndRender").toFixed(3)} ms`);
