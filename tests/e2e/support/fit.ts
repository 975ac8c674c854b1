import type { Page } from 'playwright';

export interface FitRules {
  /**
   * The window scrolls vertically by design (settings, history): what lies below the fold is fine
   * as long as it is whole once scrolled into view. Nothing may ever need horizontal scrolling.
   */
  readonly scrollsVertically: boolean;
}

/**
 * Everything on the page as it is now that does not fit the window, one sentence each (empty
 * when everything fits): an element or a run of text outside the viewport, content overflowing
 * its box (its scroll size beyond its client size, whatever its `overflow`), text cut short with
 * an ellipsis, a select too narrow for its chosen option, text in a box with no room, a control
 * covered by something else or not whole when scrolled into view. Elements hidden on purpose are
 * left alone: not rendered (`display: none`, `hidden`), `visibility: hidden`, or visually hidden
 * for screen readers (clipped to nothing). The page is scrolled back to the top afterwards.
 */
export function fitProblems(page: Page, rules: FitRules): Promise<string[]> {
  return page.evaluate(findFitProblems, rules);
}

/** Runs inside the page (serialized by Playwright): self-contained, no imports, no helpers from outside. */
function findFitProblems(rules: FitRules): string[] {
  /** Sub-pixel layout rounds; a box one pixel over is rounding, not clipping. */
  const SLACK_PX = 1;
  const problems: string[] = [];
  const root = document.documentElement;
  const viewport = { width: root.clientWidth, height: root.clientHeight };

  const describe = (element: Element): string => {
    const id = element.id === '' ? '' : `#${element.id}`;
    const classes = typeof element.className === 'string' && element.className.trim() !== '' ? `.${element.className.trim().split(/\s+/).join('.')}` : '';
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    return `${element.tagName.toLowerCase()}${id}${classes}${text === '' ? '' : ` "${text.length > 48 ? `${text.slice(0, 47)}…` : text}"`}`;
  };
  const hiddenOnPurpose = (element: Element): boolean => {
    for (let at: Element | null = element; at !== null; at = at.parentElement) {
      const style = getComputedStyle(at);
      if (style.visibility === 'hidden' || style.clipPath === 'inset(50%)' || (style.clip !== 'auto' && style.clip !== '')) return true;
    }
    return false;
  };
  const rendered = (element: Element) => element.getClientRects().length > 0 && !hiddenOnPurpose(element);
  /** Elements drawn inside an SVG are geometry, not layout boxes: only the SVG's own box counts. */
  const inSvg = (element: Element) => element instanceof SVGElement && element.ownerSVGElement !== null;
  const elements = [...document.body.querySelectorAll('*')].filter((element) => !inSvg(element) && element.tagName !== 'OPTION' && rendered(element));

  if (root.scrollWidth > root.clientWidth + SLACK_PX) problems.push(`the window scrolls sideways: content is ${root.scrollWidth} px wide in ${root.clientWidth} px`);
  if (!rules.scrollsVertically && root.scrollHeight > root.clientHeight + SLACK_PX) problems.push(`the window scrolls: content is ${root.scrollHeight} px tall in ${root.clientHeight} px`);

  // Outside the window: every box, and every run of text (which can spill out of an inline box).
  const outside = (rect: DOMRect): string | null => {
    const top = rect.top + window.scrollY;
    const left = rect.left + window.scrollX;
    if (left < -SLACK_PX || left + rect.width > viewport.width + SLACK_PX) return `spans x ${Math.round(left)}–${Math.round(left + rect.width)} in a window ${viewport.width} px wide`;
    if (!rules.scrollsVertically && (top < -SLACK_PX || top + rect.height > viewport.height + SLACK_PX)) return `spans y ${Math.round(top)}–${Math.round(top + rect.height)} in a window ${viewport.height} px tall`;
    return null;
  };
  for (const element of elements) {
    const where = outside(element.getBoundingClientRect());
    if (where !== null) problems.push(`${describe(element)} is outside the window: it ${where}`);
  }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent === null || (node.textContent ?? '').trim() === '' || inSvg(parent) || !rendered(parent) || parent.closest('select') !== null) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) {
      const where = outside(rect);
      if (where !== null) problems.push(`text "${(node.textContent ?? '').trim().slice(0, 48)}" is outside the window: it ${where}`);
    }
  }

  // Overflowing its own box: the scroll size says so whatever the overflow (visible spills, hidden clips).
  for (const element of elements) {
    const style = getComputedStyle(element);
    if (style.display === 'inline' || style.display === 'contents') continue; // no box of their own to measure
    const scrollsY = style.overflowY === 'auto' || style.overflowY === 'scroll';
    const wide = element.scrollWidth > element.clientWidth + SLACK_PX;
    const tall = element.scrollHeight > element.clientHeight + SLACK_PX;
    if (wide && style.textOverflow === 'ellipsis') problems.push(`${describe(element)} is cut short with an ellipsis (${element.scrollWidth} px of text in ${element.clientWidth} px)`);
    else if (wide) problems.push(`${describe(element)} overflows its box sideways (${element.scrollWidth} px in ${element.clientWidth} px)`);
    if (tall && !(scrollsY && rules.scrollsVertically)) problems.push(`${describe(element)} overflows its box downwards (${element.scrollHeight} px in ${element.clientHeight} px)`);
    if ((element.textContent ?? '').trim() !== '' && element.children.length === 0) {
      const rect = element.getBoundingClientRect();
      if (rect.width < 1 || rect.height < 1) problems.push(`${describe(element)} has text but no room (${Math.round(rect.width)}×${Math.round(rect.height)} px)`);
    }
  }

  // A select shows its chosen option in its own box, clipped without any scroll size to tell.
  const measure = document.createElement('canvas').getContext('2d');
  for (const select of elements.filter((element): element is HTMLSelectElement => element instanceof HTMLSelectElement)) {
    const chosen = select.selectedOptions[0]?.text ?? '';
    if (measure === null || chosen === '') continue;
    const style = getComputedStyle(select);
    measure.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    /** Room Chromium keeps for the drop-down arrow at the end of the box. */
    const ARROW_PX = 20;
    const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - ARROW_PX;
    const needs = measure.measureText(chosen).width;
    if (needs > room + SLACK_PX) problems.push(`${describe(select)} cuts its chosen option short ("${chosen}" needs ${Math.round(needs)} px, has ${Math.round(room)} px)`);
  }

  // Every control whole and on top once scrolled into view (and without scrolling, where the window does not scroll).
  const controls = elements.filter((element) => element.matches('button, a[href], input, select, textarea, summary, [role="button"], [tabindex]'));
  for (const control of controls) {
    if (rules.scrollsVertically) control.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const rect = control.getBoundingClientRect();
    if (rect.width < 1 || rect.height < 1) continue; // drawn by its label (a restyled radio or checkbox), judged there
    if (rect.top < -SLACK_PX || rect.bottom > viewport.height + SLACK_PX || rect.left < -SLACK_PX || rect.right > viewport.width + SLACK_PX) {
      problems.push(`${describe(control)} is not whole in view (${Math.round(rect.left)},${Math.round(rect.top)}–${Math.round(rect.right)},${Math.round(rect.bottom)} in ${viewport.width}×${viewport.height})`);
      continue;
    }
    // An inline control that wraps (a long link) has a gap at its box's centre: aim at its first line.
    const line = control.getClientRects()[0] ?? rect;
    const hit = document.elementFromPoint(line.left + line.width / 2, line.top + line.height / 2);
    const label = control instanceof HTMLInputElement ? [...(control.labels ?? [])] : [];
    if (hit !== null && hit !== control && !control.contains(hit) && !label.some((l) => l === hit || l.contains(hit))) problems.push(`${describe(control)} is covered by ${describe(hit)}`);
  }
  window.scrollTo(0, 0);
  return [...new Set(problems)];
}
