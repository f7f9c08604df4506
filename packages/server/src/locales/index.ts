import { localizedTable } from '@veranderlogica/core';
import { SERVER } from '@veranderlogica/locales';

/** The room server's messages to people, by code in every language, from every language's catalogue (`@veranderlogica/locales`). */
export const TEXTS = localizedTable(SERVER);
