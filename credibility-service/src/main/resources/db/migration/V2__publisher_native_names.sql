-- The names the beat's publishers go by in Dari/Persian, Pashto and Russian, as aggregators writing in those languages
-- credit them ("منبع: هشت صبح", "سرچینه: پژواک", "Источник: Азаттык"): a source line resolves only through a name
-- the registry holds. Added to the aliases a registry user has not given already; a renamed publisher is left alone.
-- Some are also everyday words in their language ("هشت صبح" is "8 a.m.", "پژواک" "echo", "Азаттык" "freedom" in
-- Kyrgyz), so in Dari or Kyrgyz running text they can be found as mentions; the credit lines read them only as the
-- whole name after "source:".
UPDATE publisher p
SET aliases = p.aliases || ARRAY(SELECT a FROM unnest(v.names) a WHERE a <> ALL (p.aliases))
FROM (VALUES
    ('Hasht-e Subh', '{"هشت صبح","روزنامه هشت صبح"}'::text[]),
    ('Pajhwok Afghan News', '{"پژواک","آژانس خبری پژواک"}'::text[]),
    ('TOLOnews', '{"طلوع نیوز"}'::text[]),
    ('Ariana News', '{"آریانا نیوز"}'::text[]),
    ('Khaama Press', '{"خامه پرس"}'::text[]),
    ('Afghanistan International', '{"افغانستان اینترنشنال"}'::text[]),
    ('Radio Free Europe/Radio Liberty', '{"رادیو آزادی","Azattyk","Азаттык","Радио Азаттык","Ozodi","Радио Озоди","Ozodlik","Радио Свобода"}'::text[]),
    ('Voice of America', '{"صدای امریکا","صدای آمریکا","Голос Америки"}'::text[]),
    ('BBC', '{"بی‌بی‌سی","بی بی سی","Би-би-си"}'::text[]),
    ('Deutsche Welle', '{"دویچه وله"}'::text[]),
    ('TASS', '{"ТАСС"}'::text[]),
    ('RIA Novosti', '{"РИА Новости"}'::text[])
) AS v(name, names)
WHERE lower(p.canonical_name) = lower(v.name);
