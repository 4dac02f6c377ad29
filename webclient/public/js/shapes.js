/**
 * Each option's colour AND shape, so that nobody depends on colour alone: the projector and the
 * phones show the same pair for the same option.
 * @module shapes
 */
import { svg } from './dom.js';

/** In option order. `tone` names the CSS class (colours live in recall.css). */
export const SHAPES = [
  { name: 'triangle', tone: 'red', draw: () => svg('path', { d: 'M12 2.5 22.5 21h-21Z' }) },
  { name: 'diamond', tone: 'blue', draw: () => svg('path', { d: 'M12 1.5 22.5 12 12 22.5 1.5 12Z' }) },
  { name: 'circle', tone: 'yellow', draw: () => svg('circle', { cx: 12, cy: 12, r: 10 }) },
  { name: 'square', tone: 'green', draw: () => svg('rect', { x: 2.5, y: 2.5, width: 19, height: 19 }) },
  { name: 'star', tone: 'purple', draw: () => svg('path', { d: 'M12 1.5l3.1 6.8 7.4.8-5.5 5 1.5 7.4L12 17.8l-6.5 3.7 1.5-7.4-5.5-5 7.4-.8Z' }) },
  { name: 'hexagon', tone: 'teal', draw: () => svg('path', { d: 'M6.5 2.5h11L23 12l-5.5 9.5h-11L1 12Z' }) },
];

/**
 * @param {number} index option index
 * @returns {{name: string, tone: string, draw: function(): SVGElement}}
 */
export function shapeOf(index) {
  return SHAPES[index % SHAPES.length];
}

/**
 * The shape as a small inline SVG, hidden from screen readers (the option text says it all).
 * @param {number} index
 * @returns {SVGElement}
 */
export function shapeIcon(index) {
  const s = shapeOf(index);
  return svg('svg', { class: 'shape', viewBox: '0 0 24 24', 'aria-hidden': 'true', focusable: 'false' }, s.draw());
}
