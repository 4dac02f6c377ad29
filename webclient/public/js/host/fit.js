/**
 * Fits a projector stage to the window: long questions and options shrink, nothing scrolls.
 * The stage is as tall as the viewport (recall.css); when its content is taller, the stage's
 * --fit factor (every projector size is multiplied by it) steps down until it fits or reaches
 * the floor. Runs again on every resize: a laptop plugged into a projector changes size mid-game.
 * @module host/fit
 */

const STEP = 0.05;
const FLOOR = 0.4;

/** Whether the stage and the page show everything without scrolling. */
function fits(stage) {
  const page = document.scrollingElement || document.documentElement;
  return stage.scrollHeight <= stage.clientHeight + 1
    && stage.scrollWidth <= stage.clientWidth + 1
    && page.scrollHeight <= window.innerHeight + 1;
}

/**
 * Shrinks the stage's text until the stage fits the window.
 * Sets `data-fit` (the factor) and `data-fitted-for` ("WxH" of the viewport) for tests to wait on.
 * @param {HTMLElement} stage a `.projector` section in the page
 * @returns {number} the factor used
 */
export function fitStage(stage) {
  if (!stage || !stage.isConnected) return 1;
  let fit = 1;
  stage.style.setProperty('--fit', '1');
  while (!fits(stage) && fit - STEP >= FLOOR - 1e-9) {
    fit = Math.round((fit - STEP) * 100) / 100;
    stage.style.setProperty('--fit', String(fit));
  }
  stage.dataset.fit = String(fit);
  stage.dataset.fittedFor = `${window.innerWidth}x${window.innerHeight}`;
  return fit;
}

/**
 * Keeps whatever stage is in `app` fitted: now, on resize, and when a part opens or closes.
 * @param {HTMLElement} app the element the stages are mounted in
 * @returns {{refit: function(): void, stop: function(): void}}
 */
export function keepFitted(app) {
  let frame = 0;
  const refit = () => fitStage(app.querySelector('.projector'));
  const later = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(refit);
  };
  window.addEventListener('resize', later);
  // <details> (all standings) opening, a QR image arriving: sizes change without a resize.
  app.addEventListener('toggle', later, true);
  app.addEventListener('load', later, true);
  return {
    refit,
    stop() {
      cancelAnimationFrame(frame);
      window.removeEventListener('resize', later);
      app.removeEventListener('toggle', later, true);
      app.removeEventListener('load', later, true);
    },
  };
}
