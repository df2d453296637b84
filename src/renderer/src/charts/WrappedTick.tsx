import { wrapLabel } from './axis';

/** recharts' props for a custom tick (the ones used here). */
interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
  /** the axis length, px (recharts passes it to custom ticks) */
  width?: number | string;
  visibleTicksCount?: number;
}

let context: CanvasRenderingContext2D | null = null;
/** Width of `text` in px at `fontSize`, in the app's font (canvas measureText). */
function measurer(fontSize: number): (text: string) => number {
  context ??= document.createElement('canvas').getContext('2d');
  const font = getComputedStyle(document.documentElement).fontFamily || 'sans-serif';
  return (text) => {
    if (!context) return text.length * fontSize * 0.6;
    context.font = `${fontSize}px ${font}`;
    return context.measureText(text).width;
  };
}

/**
 * An axis label that wraps onto lines instead of being cut or dropped (category axes: channels
 * under their bars, categories and skills beside theirs); a word too long for its band is split
 * with a hyphen. Under bars, each label gets its bar's band (the axis length over the ticks);
 * beside bars (`sideWidth`), the width given. Use with `interval={0}`.
 */
export function wrappedTick(fill: string, opts: { fontSize?: number; sideWidth?: number } = {}) {
  const fontSize = opts.fontSize ?? 12;
  return function WrappedTick({ x = 0, y = 0, payload, width, visibleTicksCount }: TickProps) {
    const vertical = opts.sideWidth !== undefined;
    const band = vertical ? opts.sideWidth! : Math.max(24, Number(width ?? 0) / Math.max(1, visibleTicksCount ?? 1) - 4);
    const lines = wrapLabel(String(payload?.value ?? ''), band, measurer(fontSize));
    const lineHeight = fontSize * 1.15;
    const top = vertical ? -((lines.length - 1) * lineHeight) / 2 : fontSize;
    return (
      <text x={Number(x)} y={Number(y)} fill={fill} fontSize={fontSize} textAnchor={vertical ? 'end' : 'middle'} className="recharts-text recharts-cartesian-axis-tick-value">
        {lines.map((line, i) => (
          <tspan key={i} x={Number(x) - (vertical ? 4 : 0)} dy={i === 0 ? top + (vertical ? fontSize * 0.35 : 0) : lineHeight}>
            {line}
          </tspan>
        ))}
      </text>
    );
  };
}
