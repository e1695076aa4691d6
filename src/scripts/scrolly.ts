/**
 * The scrolly enhancement, on a wide screen. Without it every step shows its
 * own figure inline; with it the figures move into the sticky graphic and the
 * one for the active step is shown. All state comes from `activeStep`,
 * recomputed from the steps' positions, never accumulated from events. When
 * the window narrows below the layout's breakpoint (a tablet turned upright),
 * the figures go back into their steps.
 *
 * A figure's source links and data table stay in its step: the sticky
 * graphic comes before every step in the document, so anything focusable
 * left in it would be out of the keyboard's reach for all but the first step.
 */
import { activeStep, figureVisibility } from '../lib/story/scrolly-state.ts';

/** Moves the figure's links and data table out of the figure, so they stay in its step (just before the share controls) when the figure moves. */
function keepInStep(figure: HTMLElement): void {
  const interactive = [...figure.querySelectorAll<HTMLElement>('.chart-source, .chart-table')];
  if (interactive.length === 0) return;
  const holder = document.createElement('div');
  holder.className = 'step-chart-links';
  holder.append(...interactive);
  figure.after(holder);
}

/** The media query story.css lays the scrolly out under; a browser that does not know `scripting` never matches it. */
const LAYOUT = '(scripting: enabled) and (min-width: 960px)';

function enhance(root: HTMLElement): void {
  const graphic = root.querySelector<HTMLElement>('.scrolly-graphic');
  const steps = [...root.querySelectorAll<HTMLElement>('.step')];
  const figures = steps.map((step) => step.querySelector<HTMLElement>('.step-figure'));
  if (!graphic || steps.length === 0 || figures.some((f) => f === null)) return;
  for (const figure of figures) keepInStep(figure!);
  const layout = matchMedia(LAYOUT);
  let current = -1;
  /** Figures into the graphic when the layout is on; back after their step's text, all shown, when it is off. */
  const place = () => {
    const on = layout.matches;
    figures.forEach((figure, i) => {
      if (on) graphic.append(figure!);
      else {
        steps[i]!.querySelector('.step-text')!.after(figure!);
        figure!.hidden = false;
        steps[i]!.removeAttribute('data-active');
      }
    });
    root.dataset.scrolly = on ? 'on' : 'off';
    current = -1;
    if (on) update();
    else graphic.style.removeProperty('top');
  };
  const show = (active: number) => {
    if (active === current || !layout.matches) return;
    current = active;
    figureVisibility(figures.length, active).forEach((visible, i) => { figures[i]!.hidden = !visible; });
    steps.forEach((step, i) => step.toggleAttribute('data-active', i === active));
    fitGraphic();
  };
  // A chart taller than the screen sticks by its bottom edge, so all of it can be read.
  const fitGraphic = () => { graphic.style.top = `${Math.min(0, window.innerHeight - graphic.offsetHeight)}px`; };
  const update = () => show(activeStep(steps.map((s) => s.getBoundingClientRect()), window.innerHeight));
  layout.addEventListener('change', place);

  let queued = false;
  const schedule = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => { queued = false; update(); });
  };
  const observer = new IntersectionObserver(schedule, { rootMargin: '-50% 0px -50% 0px' });
  for (const step of steps) observer.observe(step);
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', () => { fitGraphic(); schedule(); });
  window.addEventListener('hashchange', schedule);
  // Keyboard readers move step by step; the focused step wins.
  steps.forEach((step, i) => step.addEventListener('focusin', () => show(i)));
  place();
}

const root = document.querySelector<HTMLElement>('.scrolly');
if (root) enhance(root);
