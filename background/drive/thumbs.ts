import { thumbnailSize } from '../../lib/capture/geometry';

/** Grid thumbnail of a downloaded print (WebP, like the thumbnails made at capture), in the service worker. */
export async function makeThumbnail(png: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const bitmap = await createImageBitmap(new Blob([png], { type: 'image/png' }));
  try {
    const size = thumbnailSize(bitmap.width, bitmap.height);
    const canvas = new OffscreenCanvas(size.width, size.height);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    ctx.drawImage(bitmap, 0, 0, size.width, size.height);
    const blob = await canvas.convertToBlob({ type: 'image/webp', quality: 0.8 });
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    bitmap.close();
  }
}
