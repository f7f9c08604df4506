import type { Catalogue } from '../../catalogue.js';

/** Texts of reading measurements in Dutch, by section and key. Dutch is the source: the other languages' catalogues are typed against it. */
export const measurements = {
  import: {
    measurementFieldLabelsIndicator: 'Indicator (id of naam)',
    measurementFieldLabelsDate: 'Datum of periode',
    measurementFieldLabelsValue: 'Waarde',
    measurementFieldLabelsSource: 'Bron',
    measurementFieldLabelsNote: 'Opmerking',
    messagesMissingColumn: 'De kolom "{column, raw}" ontbreekt; geef aan welke kolom dit is.',
    messagesUnknownIndicator: 'Geen indicator met id of naam "{value, raw}" in dit plan.',
    messagesAmbiguousIndicator: 'Meer dan één indicator heet "{value, raw}"; gebruik de id.',
    messagesNoDate: 'Er staat een waarde maar geen datum of periode.',
    messagesNotANumber: '"{value, raw}" is geen getal.',
    messagesAmbiguousNumber: '"{value, raw}" kan duizend of een breuk zijn; schrijf bijvoorbeeld 1234 of 1,234.',
    messagesNotADate: '"{value, raw}" is geen datum; schrijf dd-mm-jjjj, een jaar (2025) of een kwartaal (2025-K1).',
    messagesNoSuchDay: '"{value, raw}" bestaat niet als dag (of valt buiten 1900–2200).',
    messagesNotYesNo: '"{value, raw}" is geen ja of nee.',
    messagesDuplicate: 'Dezelfde indicator en datum staan al in regel {first, raw}; deze regel is overgeslagen.',
    messagesTooLong: 'De tekst is te lang ("{value, raw}").',
    operationLabel: 'metingen importeren',
  },
  read: {
    notAWorkbook: 'Dit is geen Excel-werkboek (.xlsx) dat te lezen is. Sla het op als .xlsx, of als csv.',
    tooLarge: 'Het bestand is groter dan 20 MB; zoveel metingen lees je in delen in.',
    bomb: 'Dit werkboek pakt uit tot veel meer dan het lijkt (een zip-bom, of een beschadigd bestand); het wordt niet gelezen.',
    readCsvTable:
      'Rij {row, raw} van het csv-bestand opent een veld met een aanhalingsteken (") dat niet wordt gesloten; de rest van het bestand zou in die ene cel belanden. Sluit het aanhalingsteken of haal het weg.',
    tooManyRows: 'Het bestand heeft {rows} rijen; één import leest er hoogstens {max}. Lees het in delen in.',
    tooManyColumns:
      'Werkblad {sheet, raw} heeft een cel in kolom {column}; een meetblad heeft hoogstens {max, raw} kolommen. Haal de verre cellen weg of kopieer de metingen naar een nieuw blad.',
  },
} as const satisfies Catalogue;
