// Reads a QR code the way a camera does: from the pixels the browser drew.
// The element is screenshotted, the PNG turned into RGBA pixels by a canvas in
// a blank page of the same browser (no PNG decoder of our own), and the pixels
// decoded by jsQR, a reader written apart from the app's encoder.
import jsQRModule from "jsqr";

const jsQR = jsQRModule.default ?? jsQRModule;

/// The text of the code drawn in `locator`, or null when none is read.
export async function readDrawnQr(browser, locator) {
  const png = await locator.screenshot();
  const page = await browser.newPage();
  try {
    const { width, height, rgba } = await page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext("2d");
      context.drawImage(image, 0, 0);
      const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
      let binary = "";
      for (let i = 0; i < data.length; i += 0x8000) {
        binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
      }
      return { width: canvas.width, height: canvas.height, rgba: btoa(binary) };
    }, png.toString("base64"));
    const pixels = new Uint8ClampedArray(Buffer.from(rgba, "base64"));
    return jsQR(pixels, width, height, { inversionAttempts: "dontInvert" })?.data ?? null;
  } finally {
    await page.close();
  }
}
