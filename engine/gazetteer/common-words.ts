// Words any page may hold, per language, for the validator's topic checks (validate-topics.ts).
// `stop` are function words: a phrase made only of them names nothing. `common` are frequent words and
// the everyday vocabulary of news pages: as a whole topic phrase, or as what a stem (`Handel*`) runs into,
// they would light pages that are not about the topic. Written for Readout, not copied from a frequency
// list; add a word when a phrase lights it on a real page. Words are compared after folding (case, accents).

export const STOP_WORDS: Record<string, string> = {
  en: `a an the and or but nor if then than so as at by for from in into of off on onto out over to up upon with
    within without about above after against among around before behind below between beyond during except
    through toward towards under until via is am are was were be been being do does did done have has had
    having will would shall should can could may might must not no yes this that these those it its it's he
    him his she her hers they them their theirs we us our ours you your yours i me my mine who whom whose which
    what when where why how all any both each every few more most other some such only own same too very just
    also there here now again once ever never still yet one two three s t`,
  de: `der die das den dem des ein eine einer eines einem einen und oder aber doch wenn dann als wie so zu zum zur
    im in ins an am auf aus bei mit nach seit von vor um über unter durch für gegen ohne bis zwischen ist sind
    war waren sein bin bist seid hat haben hatte hatten wird werden wurde wurden kann können muss müssen soll
    sollen will wollen nicht kein keine ich du er sie es wir ihr mich mir dich dir sich uns euch ihn ihm ihnen
    mein dein unser euer dieser diese dieses jener welche welcher was wer wo wann warum auch noch schon nur
    sehr hier dort da dass ob`,
  fr: `le la les l un une des du de d et ou mais donc or ni car si que qu qui quoi dont où ce cet cette ces se
    sa son ses leur leurs mon ma mes ton ta tes notre nos votre vos je tu il elle on nous vous ils elles
    me te lui y en au aux à dans par pour sur sous avec sans chez entre vers contre est sont était été être
    avoir a ont avait fait ne pas plus très aussi comme tout tous toute toutes`,
  es: `el la los las lo un una unos unas y o u pero ni que quien cual cuyo donde cuando como si de del al a en
    con por para sin sobre entre hacia hasta desde ante tras es son era fue ser estar está están ha han haber
    hay no sí se su sus mi mis tu tus nuestro nuestra yo tú él ella nosotros ellos ellas le les me te nos
    este esta estos estas ese esa eso muy más también ya`,
  it: `il lo la i gli le l un uno una e ed o ma né che chi cui dove quando come se di del dello della dei degli
    delle a al allo alla ai agli alle da dal dalla dai in nel nella nei negli nelle con su sul sulla per tra
    fra è sono era erano essere ha hanno avere non sì si suo sua suoi sue mio mia io tu lui lei noi voi loro
    questo questa questi quello quella molto più anche già`,
  pl: `i a o u w we z ze na do od po za przy pod nad przed przez dla bez oraz lub albo ale czy że jak jest są
    był była było być ma mają nie tak to ten ta te tego tej jego jej ich się sobie mnie ja ty on ona ono my
    wy oni one który która które co kto gdzie kiedy już jeszcze też także bardzo`,
  ru: `и в во на с со к ко о об от до по за из у при для без над под перед через между а но или ни не нет да же
    ли бы что чтобы как так это этот эта эти тот та те он она оно они мы вы я ты его ее их им ей нам вам
    себя свой своя свои был была было были быть есть будет который которая которые где когда также уже еще
    только очень все всё весь вся`,
  uk: `і й та в у на з із зі до від по за з-за при для без над під перед через між а але або ні не так що щоб
    як це цей ця ці той та ті він вона воно вони ми ви я ти його її їх їм нам вам себе свій своя свої був
    була було були бути є буде який яка які де коли також вже ще тільки дуже всі весь вся`,
};

export const COMMON_WORDS: Record<string, string> = {
  en: `energy energetic power control chips chip grain peace war wars trade deal deals talks talk meeting meetings
    security crisis government president minister country countries state states people world news report
    support aid help oil gas food water fuel price prices market markets bank company business money tax
    court law rights right left climate weather health school bullying child children family life time year
    day week today new old good great big small high low long short first last next public private national
    international global local general major order party group member members leader leaders official
    officials force forces army military police attack attacks strike threat plan plans policy policies
    system issue issues question situation problem point case part side sides place area region city town
    home house land sea air space road bridge border line field center centre service services work works
    job jobs labor labour industry economy growth development investment cooperation relations relationship
    partnership agreement agreements treaty summit visit call calls statement statements press media source
    foreign domestic political economic social human national federal union council committee
    commission agency office department ministry chapter article section page book story video photo
    sanction open close free fair safe safety protection defence defense defend control controls`,
  de: `Energie energisch Handel handeln handelt handelte handelten handelnd Handelsblatt Krieg Frieden Gespräche
    Gespräch Sicherheit Krise Regierung Präsident Minister Land Länder Staat Staaten Menschen Welt Nachrichten
    Hilfe Unterstützung Öl Gas Preis Preise Markt Bank Unternehmen Geld Steuer Gericht Recht Rechte Klima
    Wetter Gesundheit Schule Kind Kinder Familie Leben Zeit Jahr Tag Woche heute neu alt gut groß klein hoch
    Partei Gruppe Mitglied Armee Polizei Angriff Angriffe Plan Politik Frage Lage Problem Fall Teil Seite Ort
    Gebiet Stadt Haus See Meer Luft Raum Straße Brücke Grenze Arbeit Wirtschaft Wachstum Entwicklung
    Zusammenarbeit Beziehungen Abkommen Vertrag Gipfel Besuch Erklärung Presse Kapitel Artikel Buch Seite
    Korn Getreide Chips offen frei sicher Schutz Verteidigung Kontrolle Macht Strom`,
  fr: `énergie énergétique énergique commerce guerre paix négociations discussions sécurité crise gouvernement
    président ministre pays état états gens monde nouvelles aide soutien pétrole gaz prix marché banque
    entreprise argent impôt tribunal droit droits climat météo santé école enfant enfants famille vie temps
    année jour semaine aujourd'hui nouveau nouvelle bon grand petit haut parti groupe membre armée police
    attaque plan politique question situation problème cas partie côté lieu région ville maison mer air
    espace route pont frontière travail économie croissance développement coopération relations accord
    traité sommet visite déclaration presse chapitre article livre grain grains céréales puces ouvert libre
    sûr protection défense contrôle pouvoir chaîne`,
  es: `energía energético energética comercio guerra paz negociaciones conversaciones seguridad crisis gobierno
    presidente ministro país países estado estados gente mundo noticias ayuda apoyo petróleo gas precio
    precios mercado banco empresa dinero impuesto tribunal derecho derechos clima tiempo salud escuela niño
    niños familia vida año día semana hoy nuevo nueva bueno grande pequeño alto partido grupo miembro
    ejército policía ataque plan política cuestión situación problema caso parte lado lugar región ciudad
    casa mar aire espacio carretera puente frontera trabajo economía crecimiento desarrollo cooperación
    relaciones acuerdo tratado cumbre visita declaración prensa capítulo artículo libro grano granos
    cereales chips abierto libre seguro protección defensa control poder sanción`,
  it: `energia energetico energetica commercio guerra pace negoziati colloqui sicurezza crisi governo presidente
    ministro paese paesi stato stati gente mondo notizie aiuto aiuti sostegno petrolio gas prezzo prezzi
    mercato banca azienda soldi tassa tribunale diritto diritti clima tempo salute scuola bambino bambini
    famiglia vita anno giorno settimana oggi nuovo nuova buono grande piccolo alto partito gruppo membro
    esercito polizia attacco piano politica questione situazione problema caso parte lato luogo regione città
    casa mare aria spazio strada ponte confine lavoro economia crescita sviluppo cooperazione relazioni
    accordo trattato vertice visita dichiarazione stampa capitolo articolo libro grano cereali chip aperto
    libero sicuro protezione difesa controllo potere sanzione nato nata nati nate`,
  pl: `energia energii handel wojna wojny pokój rozmowy bezpieczeństwo kryzys rząd prezydent minister kraj kraje
    państwo ludzie świat wiadomości pomoc wsparcie ropa gaz gazeta gazety cena ceny rynek bank firma pieniądze
    podatek sąd prawo prawa klimat pogoda zdrowie szkoła dziecko dzieci rodzina życie czas rok dzień tydzień
    dziś nowy dobry duży mały wysoki partia grupa członek wojsko policja atak plan polityka pytanie sytuacja
    problem sprawa część strona miejsce region miasto dom morze powietrze droga most granica praca
    gospodarka wzrost rozwój współpraca stosunki umowa traktat szczyt wizyta oświadczenie prasa rozdział
    artykuł książka zboże ziarno czipy otwarty wolny ochrona obrona kontrola władza kryminalny kryminał
    hutnictwo huta`,
  ru: `энергия энергии энергетика война войны мир мира переговоры безопасность кризис правительство президент
    министр страна страны государство люди новости помощь поддержка нефть газ газета газеты цена цены рынок
    банк компания деньги налог суд право права климат погода здоровье школа ребенок дети семья жизнь время
    год день неделя сегодня новый хороший большой маленький высокий партия группа член армия полиция атака
    план политика вопрос ситуация проблема дело часть сторона место регион город дом море воздух дорога
    мост граница работа экономика рост развитие сотрудничество отношения соглашение договор саммит визит
    заявление пресса глава главный статья книга зерно чипсы открытый свободный защита оборона контроль
    власть торговля изюм будет будущее`,
  uk: `енергія енергії війна війни мир миру переговори безпека криза уряд президент міністр країна країни
    держава люди новини допомога підтримка нафта газ газета газети ціна ціни ринок банк компанія гроші
    податок суд право права клімат погода здоров'я школа дитина діти сім'я життя час рік день тиждень
    сьогодні новий добрий великий малий високий партія група член армія поліція атака план політика
    питання ситуація проблема справа частина сторона місце регіон місто дім море повітря дорога міст
    кордон робота економіка зростання розвиток співпраця відносини угода договір саміт візит заява преса
    розділ стаття книга зерно чіпси відкритий вільний захист оборона контроль влада торгівля
    кримінальний кримінальна кримінальне кримінальні криміналу сирий сира сире сирі ізюм`,
  zh: `能源 战争 戰爭 和平 贸易 貿易 安全 危机 危機 政府 总统 總統 国家 國家 人民 世界 新闻 新聞 援助 支持
    石油 价格 價格 市场 市場 银行 銀行 公司 法院 权利 權利 气候 氣候 天气 天氣 健康 学校 學校 孩子 家庭
    问题 問題 合作 发展 發展 关系 關係 协议 協議 会议 會議 访问 訪問 声明 聲明 第七章 粮食 糧食`,
};

/** Each list as a set of folded words. */
export function wordSets(lists: Record<string, string>, fold: (s: string) => string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [lang, text] of Object.entries(lists)) out.set(lang, new Set(text.split(/\s+/).filter(Boolean).map(fold)));
  return out;
}
