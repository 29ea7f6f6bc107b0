/**
 * A virtual template: the copy found in code, written out as a Handlebars template, with a map
 * from every stretch of the template back to the code it came from.
 *
 * Each appended stretch is a segment. A linear segment maps character for character (plain text
 * in JSX or a string literal); a non-linear one maps as a whole (an escape such as `\n` or
 * `&amp;`, a collapsed JSX line break, a merge field standing for an expression). Stretches that
 * come from nowhere (paragraph breaks, front matter keys) have no segment. Fixes map back only
 * when they stay inside one piece of code whose quoting we know, so a fix can never break the
 * code around the copy.
 */

/** Where a segment's code lives, which decides how a fix's text must be escaped there. */
export interface CopyContainer {
  /** JSX text, a string literal, a template literal's quasi, or an expression (never fixed). */
  kind: 'jsx-text' | 'string' | 'template' | 'expression';
  /** The quote of a string literal. */
  quote?: '"' | "'";
}

/** One mapped stretch of the virtual text. */
export interface Segment {
  virtualStart: number;
  virtualEnd: number;
  start: number;
  end: number;
  linear: boolean;
  container: CopyContainer;
  /** True inside a YAML double-quoted front matter value, whose text is escaped. */
  yaml: boolean;
}

/** A code range `[start, end)` and the text to put there. */
export interface CodeFix {
  range: [number, number];
  text: string;
}

const JSX_UNSAFE = /[{}<>]/u;

function escapeFor(container: CopyContainer, text: string): string | null {
  switch (container.kind) {
    case 'jsx-text':
      return JSX_UNSAFE.test(text) ? null : text;
    case 'string': {
      const quote = container.quote ?? '"';
      return text
        .replaceAll('\\', '\\\\')
        .replaceAll(quote, `\\${quote}`)
        .replaceAll('\n', '\\n')
        .replaceAll('\r', '\\r');
    }
    case 'template':
      return text.replaceAll('\\', '\\\\').replaceAll('`', '\\`').replaceAll('${', '\\${');
    case 'expression':
      return null;
  }
}

/** Builds the virtual text and its segment map. */
export class VirtualTemplate {
  text = '';
  readonly segments: Segment[] = [];
  #yaml = false;

  /** Appends text that maps onto nothing in the code. */
  appendSyntax(value: string): void {
    this.text += value;
  }

  /** Appends code text that reads as written, one character per character. */
  appendLinear(value: string, start: number, container: CopyContainer): void {
    this.#push(value, start, start + value.length, true, container);
  }

  /** Appends text that stands for the whole code range `[start, end)`. */
  appendMapped(value: string, start: number, end: number, container: CopyContainer): void {
    this.#push(value, start, end, false, container);
  }

  /** Marks what is appended next as inside (or outside) a YAML double-quoted value. */
  setYaml(yaml: boolean): void {
    this.#yaml = yaml;
  }

  #push(
    value: string,
    start: number,
    end: number,
    linear: boolean,
    container: CopyContainer,
  ): void {
    if (value.length === 0) return;
    const last = this.segments.at(-1);
    const virtualStart = this.text.length;
    this.text += value;
    if (
      linear &&
      last?.linear &&
      last.container === container &&
      last.yaml === this.#yaml &&
      last.virtualEnd === virtualStart &&
      last.end === start
    ) {
      last.virtualEnd = this.text.length;
      last.end = end;
      return;
    }
    this.segments.push({
      virtualStart,
      virtualEnd: this.text.length,
      start,
      end,
      linear,
      container,
      yaml: this.#yaml,
    });
  }

  /** The code offset where a virtual range starting at `offset` starts, if any copy follows. */
  mapStart(offset: number): number | undefined {
    for (const segment of this.segments) {
      if (offset < segment.virtualStart) return segment.start;
      if (offset < segment.virtualEnd) {
        return segment.linear ? segment.start + offset - segment.virtualStart : segment.start;
      }
    }
    return undefined;
  }

  /** The code offset where a virtual range ending at `offset` ends, if any copy precedes. */
  mapEnd(offset: number): number | undefined {
    for (let index = this.segments.length - 1; index >= 0; index--) {
      const segment = this.segments[index] as Segment;
      if (offset > segment.virtualEnd) return segment.end;
      if (offset > segment.virtualStart) {
        return segment.linear ? segment.start + offset - segment.virtualStart : segment.end;
      }
    }
    return undefined;
  }

  /**
   * Maps a fix on the virtual text onto the code.
   *
   * @returns the code fix, or null when the fix reaches outside one piece of code, cuts through
   *   an escape, touches an expression or holds text that cannot be written there.
   */
  mapFix(range: readonly [number, number], text: string): CodeFix | null {
    const [virtualStart, virtualEnd] = range;
    const first = this.#segmentAt(virtualStart, virtualStart === virtualEnd);
    const last = virtualStart === virtualEnd ? first : this.#segmentAt(virtualEnd, true);
    if (!first || !last || first.container !== last.container) return null;
    const { container } = first;
    const start = this.#offsetIn(first, virtualStart);
    const end = this.#offsetIn(last, virtualEnd);
    if (start === undefined || end === undefined || end < start) return null;
    if ((first.yaml || last.yaml) && /["\\\n]/u.test(text)) return null;
    const escaped = escapeFor(container, text);
    return escaped === null ? null : { range: [start, end], text: escaped };
  }

  /** The segment holding a virtual offset; at a boundary, the one ending there when `preferEnd`. */
  #segmentAt(offset: number, preferEnd: boolean): Segment | undefined {
    let found: Segment | undefined;
    for (const segment of this.segments) {
      if (segment.virtualStart <= offset && offset < segment.virtualEnd) found ??= segment;
      if (preferEnd && segment.virtualEnd === offset && segment.virtualStart < offset) {
        return segment;
      }
    }
    return found;
  }

  #offsetIn(segment: Segment, offset: number): number | undefined {
    if (segment.linear) return segment.start + offset - segment.virtualStart;
    if (offset === segment.virtualStart) return segment.start;
    if (offset === segment.virtualEnd) return segment.end;
    return undefined;
  }
}
