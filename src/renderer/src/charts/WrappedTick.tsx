import { Text } from 'recharts';

/** recharts' props for a custom tick (the ones used here). */
interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
  textAnchor?: string;
}

/**
 * An axis label that wraps onto several lines within `width` px instead of being cut or dropped
 * (category axes: channels under their bars, skills beside theirs). Give it with `interval={0}`.
 */
export function wrappedTick(width: number, fill: string, fontSize = 12, vertical = false) {
  return function WrappedTick({ x = 0, y = 0, payload, textAnchor }: TickProps) {
    return (
      <Text
        x={Number(x)}
        y={Number(y)}
        width={width}
        fill={fill}
        fontSize={fontSize}
        textAnchor={vertical ? 'end' : textAnchor === 'start' || textAnchor === 'end' ? textAnchor : 'middle'}
        verticalAnchor={vertical ? 'middle' : 'start'}
        dy={vertical ? 0 : 4}
        dx={vertical ? -4 : 0}
        maxLines={3}
      >
        {String(payload?.value ?? '')}
      </Text>
    );
  };
}
