/** Where this browser keeps the interface language last chosen (read before the editor's code loads). */
export const LANGUAGE_KEY = 'veranderlogica:language';
