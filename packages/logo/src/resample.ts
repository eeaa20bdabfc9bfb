/**
 * Scales an image down by averaging every source pixel into the target pixel
 * it falls in (a box filter), fed row by row in any order, so the source never
 * has to be in memory whole. Colour is weighted by alpha, so transparent
 * pixels do not darken the edges of a logo.
 */
export class BoxResampler {
  private readonly sums: Float64Array;
  private readonly hasAlpha: boolean;
  private readonly stride: number;

  constructor(
    private readonly sourceWidth: number,
    private readonly sourceHeight: number,
    readonly width: number,
    readonly height: number,
    readonly channels: number,
  ) {
    this.hasAlpha = channels === 2 || channels === 4;
    // Per target pixel: the colour sums, then the alpha sum and the pixel count.
    this.stride = channels + 1;
    this.sums = new Float64Array(width * height * this.stride);
  }

  add(y: number, xStart: number, xStep: number, count: number, pixels: Uint8Array): void {
    const c = this.channels;
    const colors = this.hasAlpha ? c - 1 : c;
    const stride = this.stride;
    const sums = this.sums;
    const cells = this.cellsOf(xStart, xStep, count);
    const rowBase = Math.min(this.height - 1, Math.floor((y * this.height) / this.sourceHeight)) * this.width * stride;
    for (let i = 0, p = 0; i < count; i++, p += c) {
      const cell = rowBase + cells[i]!;
      const alpha = this.hasAlpha ? pixels[p + c - 1]! : 255;
      for (let k = 0; k < colors; k++) sums[cell + k]! += pixels[p + k]! * alpha;
      sums[cell + colors]! += alpha;
      sums[cell + c]! += 1;
    }
  }

  // Rows come in at most eight shapes (the passes of Adam7): the target cell
  // of each pixel of a row, as an offset into `sums`, is worked out once per shape.
  private readonly cellOffsets = new Map<string, Int32Array>();

  private cellsOf(xStart: number, xStep: number, count: number): Int32Array {
    const key = `${xStart},${xStep},${count}`;
    let cells = this.cellOffsets.get(key);
    if (!cells) {
      cells = new Int32Array(count);
      for (let i = 0, x = xStart; i < count; i++, x += xStep) cells[i] = Math.min(this.width - 1, Math.floor((x * this.width) / this.sourceWidth)) * this.stride;
      this.cellOffsets.set(key, cells);
    }
    return cells;
  }

  /** The scaled image, 8 bits per channel, in the source's channel layout. */
  result(): Uint8Array {
    const c = this.channels;
    const colors = this.hasAlpha ? c - 1 : c;
    const out = new Uint8Array(this.width * this.height * c);
    for (let cell = 0; cell < this.width * this.height; cell++) {
      const s = cell * this.stride;
      const alphaSum = this.sums[s + colors]!;
      const count = this.sums[s + c]!;
      for (let k = 0; k < colors; k++) out[cell * c + k] = alphaSum > 0 ? Math.round(this.sums[s + k]! / alphaSum) : 0;
      if (this.hasAlpha) out[cell * c + c - 1] = count > 0 ? Math.round(alphaSum / count) : 0;
    }
    return out;
  }
}
