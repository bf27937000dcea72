/**
 * jsPDF loads html2canvas, canvg and DOMPurify only for its html() and addSvgAsImage(), which our reports never call.
 * Built as this module instead, they stay out of the bundle and the offline precache (about 107 kB gzip).
 */
export const unusedPdfDependencies = ['html2canvas', 'canvg', 'dompurify'];

export const pdfOptionalDependencyStub = new URL('./pdf-optional-dependency-stub.ts', import.meta.url).pathname;
