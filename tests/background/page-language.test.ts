import { describe, expect, test } from 'vitest';
import { PageState } from '../../lib/background/page-state';
import { engine } from '../helpers';

const MACRON_PUTIN_0503 = '2022-05-03-kremlin-68348-telephone-conversation-with-president-of-france-emmanuel-macron';

/** The reasons the page's ranking gives for a statement, for a page declaring `language` (or none). */
async function reasonsFor(id: string, title: string, paragraphs: string[], date: string, language: string | null): Promise<string[]> {
  const state = new PageState(engine());
  state.update({ url: 'https://news.example/a', title, date, language }, paragraphs.map((text, key) => ({ key, text })), [], true);
  return (await state.result()).result.statements.find((s) => s.id === id)?.reasons.map((r) => r.text) ?? [];
}

describe('the language a page declares', () => {
  test('reads the words of days that only its language owns: "hier" is yesterday on a French page, here on a German one', async () => {
    const fr = ['Emmanuel Macron s\'est entretenu hier au téléphone avec Vladimir Poutine pendant plus de deux heures, a indiqué l\'Élysée.', 'Le président français a demandé la poursuite des évacuations de civils de Marioupol.'];
    const told = 'The article gives the event\'s date (2022-05-03)';
    expect(await reasonsFor(MACRON_PUTIN_0503, 'Macron a parlé à Poutine', fr, '2022-05-04', 'fr')).toContain(told);
    // Undeclared, "hier" is not read: it means here in German and Dutch.
    expect(await reasonsFor(MACRON_PUTIN_0503, 'Macron a parlé à Poutine', fr, '2022-05-04', null)).not.toContain(told);
    const de = ['Emmanuel Macron hat mit Wladimir Putin telefoniert, wie der Élysée mitteilte; hier ging es um die Evakuierung von Zivilisten aus Mariupol.'];
    expect(await reasonsFor(MACRON_PUTIN_0503, 'Macron telefoniert mit Putin', de, '2022-05-04', 'de')).not.toContain(told);
  });
});
