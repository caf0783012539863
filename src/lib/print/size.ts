/** Width and height a section's graphic is printed at: fits the text width of A4 and Letter. */
export const PRINT_SIZE = { width: 640, height: 400 } as const;
