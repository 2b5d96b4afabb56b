// Our Rust server (crates/server) over dist/, on a free loopback port, for the browser tests
// and the benchmark. It renders every page on request, as in production. `timeout` stops it
// by itself should the test process die without closing it.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";

const root = new URL("../../", import.meta.url).pathname;
export const SERVER_BINARY = `${root}target/server/role-compare-server`;

/**
 * The bench's server whose renderer costs nothing (crates/server/examples/render_floor.rs),
 * which takes the same arguments without their flags.
 */
export const RENDER_FLOOR_BINARY = `${root}target/server/examples/render_floor`;

/**
 * Starts the server for `dist` (or `binary`, for the bench); resolves to { url, pid, close }
 * once it accepts requests.
 */
export async function serveRust(dist, { seconds = 1800, binary = SERVER_BINARY } = {}) {
  if (!existsSync(binary)) {
    const example = binary === SERVER_BINARY ? "" : " --example render_floor";
    throw new Error(`${binary} is missing: run \`cargo build --profile server -p role-compare-server${example}\``);
  }
  const args = binary === SERVER_BINARY ? ["--dist", dist, "--listen", "127.0.0.1:0"] : [dist, "127.0.0.1:0"];
  const child = spawn("timeout", [String(seconds), binary, ...args], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  const url = await new Promise((resolve, reject) => {
    let log = "";
    child.stderr.on("data", (chunk) => {
      log += chunk;
      const found = log.match(/serving .* on (http:\/\/127\.0\.0\.1:\d+)/);
      if (found) resolve(found[1]);
    });
    child.on("exit", (code) => reject(new Error(`${binary} exited (${code}):\n${log}`)));
  });
  return {
    url,
    // The `timeout` process; the server is its only child (the bench reads its CPU time).
    pid: child.pid,
    close: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.on("exit", resolve);
        child.kill("SIGTERM");
      }),
  };
}
