/**
 * Which story step is active, as a pure function of where the steps are.
 * The scrolly script asks this after every scroll, resize, jump or focus,
 * so the shown chart can never drift from the step in view, however fast
 * the reader scrolls or wherever an anchor link lands.
 */

/** A step's vertical extent in viewport pixels. */
export interface StepBox {
  top: number;
  bottom: number;
}

/**
 * The active step: the one that crosses the trigger line (by default the
 * middle of the viewport), else the last one above it, else the first.
 */
export function activeStep(boxes: readonly StepBox[], viewportHeight: number, trigger = 0.5): number {
  const line = viewportHeight * trigger;
  let active = 0;
  for (const [i, box] of boxes.entries()) {
    if (box.top <= line) active = i;
    if (box.top <= line && box.bottom > line) return i;
  }
  return active;
}

/** For each step's figure: shown only when its step is active. */
export function figureVisibility(count: number, active: number): boolean[] {
  return Array.from({ length: count }, (_, i) => i === active);
}
