/** Stands in for jsPDF's optional html2canvas, canvg and DOMPurify (see pdf-optional-dependencies.ts). */
export default function notInThisBuild(): never {
  throw new Error("jsPDF's html() and SVG support are not part of this app's build");
}
