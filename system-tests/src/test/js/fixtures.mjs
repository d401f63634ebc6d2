// Short news-style texts written for this test: an agency original and a newspaper reprint that credits it, copies
// three of its paragraphs and adds one of its own.

export const ORIGINAL = {
  url: 'https://northgate-press.example/2026/11/20/riverton-elm-street-bridge',
  publisher: 'Northgate Press',
  title: 'Riverton to close Elm Street bridge to cars',
  byline: 'By Amira Haddad',
  publishedAt: '2026-11-20',
  text: [
    'RIVERTON, Nov 20 (Northgate Press) - The Riverton city council voted 7-2 on Thursday to close the Elm Street '
        + 'bridge to cars from January, citing a structural survey that found corroded steel in two of its spans.',
    '"We cannot ask people to drive over a bridge our own engineers will not stand under," said Mayor Lena Okafor '
        + 'after the vote.',
    'The survey, commissioned by the council in March and published on Wednesday, estimates repairs at 14 million '
        + 'dollars. Councillor Tomas Reyes, who voted against the closure, said the city should first seek a second '
        + 'opinion. "Closing it now punishes the east side for a decade of neglect," Reyes told reporters.',
    'Pedestrians and cyclists will still be allowed to cross while engineers decide whether the bridge can be '
        + 'repaired or must be replaced. A decision is expected by the end of next year, according to the '
        + 'council\'s transport committee.',
  ].join('\n\n'),
};

const copied = ORIGINAL.text.split('\n\n').slice(0, 3);

export const CREDIT = 'This article was originally published by Northgate Press.';

export const REPRINT = {
  url: 'https://valley-courier.example/news/elm-street-bridge-closing',
  publisher: 'Valley Courier',
  title: 'Elm Street bridge to close to cars',
  publishedAt: '2026-11-21',
  text: [
    CREDIT,
    ...copied,
    'The Valley Courier asked the transport committee when the public consultation on the closure would open; it '
        + 'had not replied by the time of publication.',
  ].join('\n\n'),
  copiedParagraphs: copied,
};

/** The people quoted in both texts, as an editor would name them. */
export const SPEAKERS = ['Okafor', 'Reyes'];

/** The original through a word spinner: the same sentences with about one word in six swapped for a synonym. */
export const SPUN = {
  url: 'https://content-farm.example/riverton-bridge',
  publisher: 'Content Farm',
  title: 'Riverton bridge to shut to automobiles',
  publishedAt: '2026-11-22',
  text: [
    'RIVERTON, Nov 20 (Northgate Press) - The Riverton municipal council voted 7-2 on Thursday to shut the Elm '
        + 'Street bridge to automobiles from January, citing a structural study that discovered corroded steel in '
        + 'two of its spans.',
    '"We cannot ask people to drive over a bridge our own engineers will not stand under," stated Mayor Lena '
        + 'Okafor following the vote.',
    'The study, ordered by the council in March and released on Wednesday, estimates repairs at 14 million '
        + 'dollars. Councillor Tomas Reyes, who voted against the closure, stated the town should initially seek a '
        + 'second view. "Closing it now punishes the east side for a decade of neglect," Reyes informed journalists.',
    'Walkers and cyclists will still be permitted to cross while engineers determine whether the bridge can be '
        + 'fixed or must be substituted. A choice is anticipated by the end of next year, according to the '
        + 'council\'s transport committee.',
  ].join('\n\n'),
  swapped: ['cars → automobiles', 'survey → study', 'allowed → permitted'],
};

/** A Dari story (invented for these tests): read right to left; the sourcing rules do not read Dari. */
export const DARI = {
  url: 'https://dari-desk.example/herat-measles',
  publisher: 'Herat Daily',
  title: 'افزایش سرخکان در هرات',
  publishedAt: '2026-11-21',
  text: [
    'هرات — ریاست صحت عامه روز شنبه گفت که ۶۴ کودک مبتلا به سرخکان در شفاخانه‌ها بستری شده‌اند.',
    'یک داکتر گفت: «کمبود دارو و سرمای هوا وضعیت را دشوارتر ساخته است.»',
  ].join('\n\n'),
};
