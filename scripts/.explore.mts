import { launchChromium, servePlayground } from "/work/wt/web/web/build/chromium.ts";
import { walkThrough } from "/work/wt/web/web/build/walkthrough.ts";
const server = await servePlayground();
const browser = await launchChromium();
const log = (...a: unknown[]) => console.log(...a);
async function open(q = "?autorun=0") {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") errors.push(`console.${m.type()}: ${m.text()}`); });
  page.on("pageerror", (e) => errors.push(`uncaught: ${e.message}`));
  await page.goto(server.url + q);
  await page.waitForFunction(() => document.getElementById("status")!.textContent !== "loading");
  return { page, errors };
}
const settled = (page: any) => page.waitForFunction(() => /^(done|error|stopped|internal)/.test(document.getElementById("status")!.textContent ?? ""), null, { timeout: 30000, polling: 50 });
const what = process.argv[2] ?? "examples";
try {
  if (what === "examples") {
    for (const id of ["hello", "pattern_matching", "processes_links", "genserver", "supervisor", "input"]) {
      const { page, errors } = await open();
      await page.selectOption("#examples", id);
      const t0 = Date.now();
      await page.click("#run");
      if (id === "input") {
        await page.waitForSelector("#stdin-row:not([hidden])");
        await page.fill("#stdin", "Ada");
        await page.press("#stdin", "Enter");
      }
      try { await settled(page); } catch { log("NOT SETTLED"); }
      log(`=== ${id} (${Date.now() - t0} ms) status=${await page.textContent("#status")}`);
      log(await page.textContent("#output"));
      if (errors.length) log("ERRORS", errors);
      await page.close();
    }
  } else if (what === "script") {
    const src = process.argv[3];
    const { page, errors } = await open();
    await page.fill("#editor", src);
    await page.click("#run");
    try { await settled(page); } catch { log("NOT SETTLED"); }
    log(`status=${await page.textContent("#status")}`);
    log(await page.textContent("#output"));
    if (errors.length) log("ERRORS", errors);
  } else if (what === "repl") {
    const { page, errors } = await open();
    for (const line of process.argv.slice(3)) {
      const before = (await page.textContent("#repl-log"))!.length;
      await page.fill("#repl-input", line);
      await page.press("#repl-input", "Enter");
      // wait for the prompt to change or the log to grow past the echo
      await page.waitForFunction((b) => { const t = document.getElementById("repl-log")!.textContent ?? ""; return t.length > b && t.endsWith("\n") && !t.slice(b).match(/^[^\n]*\n$/); }, before, { timeout: 20000 }).catch(() => log("(no answer)"));
    }
    log(await page.textContent("#repl-log"));
    log("prompt", await page.textContent("#repl-prompt"));
    log("output:", await page.textContent("#output"));
    if (errors.length) log("ERRORS", errors);
  } else if (what === "loop") {
    const { page, errors } = await open();
    await page.selectOption("#examples", "endless_loop");
    await page.click("#run");
    await page.waitForFunction(() => (document.getElementById("output")!.textContent ?? "").includes("still looping: 5000000"), null, { timeout: 60000 });
    await page.click("#stop");
    log("status", await page.textContent("#status"));
    log(await page.textContent("#output"));
    await page.fill("#repl-input", "1 + 1"); await page.press("#repl-input", "Enter");
    await page.waitForFunction(() => (document.getElementById("repl-log")!.textContent ?? "").includes("2\n"), null, { timeout: 20000 }).catch(() => log("repl no answer"));
    log("repl:", await page.textContent("#repl-log"));
    // loop in the REPL
    await page.fill("#repl-input", "Stream.repeatedly(fn -> 1 end) |> Enum.to_list()"); await page.press("#repl-input", "Enter");
    await page.waitForTimeout(1500);
    await page.click("#stop");
    log("status2", await page.textContent("#status"));
    log("repl2:", await page.textContent("#repl-log"));
    if (errors.length) log("ERRORS", errors);
  } else if (what === "tutorial") {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") errors.push(`console.${m.type()}: ${m.text()}`); });
    page.on("pageerror", (e) => errors.push(`uncaught: ${e.message}`));
    const r = await walkThrough(page, server.url);
    log(JSON.stringify(r.unversioned), r.beforeLoad, JSON.stringify(r.versioned));
    log(r.repl);
    await page.waitForTimeout(400);
    log("procs:", await page.textContent("#proc-table"));
    log("mods:", await page.textContent("#mod-table"));
    await page.screenshot({ path: "/tmp/explore/tut.png" });
    if (errors.length) log("ERRORS", errors);
  }
} finally {
  await browser.close();
  await server.close();
}
