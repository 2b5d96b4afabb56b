// If the app's WebAssembly stops (a bug: data problems are shown as errors, never crashes),
// say so in the page with a way on, instead of leaving a page that looks alive but is dead.
// Release builds put this in front of the JS glue (scripts/post-build.mjs).
addEventListener("error", (event) => {
  if (!(event.error instanceof WebAssembly.RuntimeError) || document.querySelector(".crash-notice")) return;
  const notice = document.createElement("div");
  notice.className = "crash-notice";
  notice.setAttribute("role", "alert");
  notice.textContent = "Something went wrong and this page stopped working. ";
  const reload = document.createElement("a");
  reload.href = location.href;
  reload.textContent = "Reload the page";
  notice.append(reload, ".");
  document.body.prepend(notice);
});
