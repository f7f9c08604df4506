import type { Catalogue } from '../../catalogue.js';

/** Texts of the HTML report in Dutch, by section and key. Dutch is the source: the other languages' catalogues are typed against it. */
export const exportHtml = {
  common: {
    extraDiagram: 'De veranderlogica in beeld',
    extraOverview: 'Het overzicht van de hele veranderlogica. De pagina’s hierna tonen de ketens naar elk doel groter.',
    extraChainsTo: 'Ketens naar',
    extraNoGroup: 'interventies zonder groep',
    extraVia: 'via',
    extraAndMore: 'en {count} andere',
    extraRest: 'Kaarten buiten de ketens naar een doel',
    extraPage: 'p.',
    extraKey: 'Detailpagina’s',
    extraAtlas:
      'Het overzicht van de hele veranderlogica. Een nummer in het overzicht is de pagina waarop dat deel groot staat; op elke detailpagina wijst een verbinding die elders verdergaat naar de kaart en de pagina.',
    extraContents: 'Inhoud',
    extraNotPrioritised: 'Er is nog niet geprioriteerd.',
    extraChosen: 'gekozen',
    extraNoPartners: 'Nog geen partners.',
    extraNoIndicators: 'Nog geen indicatoren.',
    extraNoAssumptions: 'Nog geen aannames benoemd.',
    extraNoQuestions: 'Geen open vragen.',
    extraCards: 'kaarten',
    extraChains: '{count, plural, one {keten} other {ketens}} van interventie tot doel',
    extraGaps: '{count, plural, one {witte vlek} other {witte vlekken}}',
    extraOverlaps: '{count, plural, one {mogelijke dubbeling} other {mogelijke dubbelingen}}',
    extraPartners: '{count, plural, one {partner} other {partners}}',
    extraMade: 'Gemaakt met Veranderlogica',
    extraMunicipalityOrRegion: 'Gemeente of regio',
  },
} as const satisfies Catalogue;
