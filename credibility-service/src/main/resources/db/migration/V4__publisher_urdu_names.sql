-- The names Pakistan's publishers and the international broadcasters go by in Urdu, as Urdu papers and sites credit
-- them ("بشکریہ ڈان", "ماخذ: جیو نیوز"): a credit line resolves only through a name the registry holds. Added, as in
-- V2, to the aliases a registry user has not given already; a renamed publisher is left alone.
UPDATE publisher p
SET aliases = p.aliases || ARRAY(SELECT a FROM unnest(v.names) a WHERE a <> ALL (p.aliases))
FROM (VALUES
    ('Dawn', '{"ڈان","ڈان نیوز","روزنامہ ڈان"}'::text[]),
    ('The Express Tribune', '{"ایکسپریس ٹریبیون"}'::text[]),
    ('Geo News', '{"جیو نیوز"}'::text[]),
    ('The News International', '{"دی نیوز"}'::text[]),
    ('Associated Press of Pakistan', '{"اے پی پی"}'::text[]),
    ('BBC', '{"بی بی سی اردو"}'::text[]),
    ('Voice of America', '{"وائس آف امریکہ"}'::text[]),
    ('Deutsche Welle', '{"ڈی ڈبلیو"}'::text[]),
    ('Reuters', '{"رائٹرز","روئٹرز"}'::text[]),
    ('Associated Press', '{"ایسوسی ایٹڈ پریس"}'::text[]),
    ('Agence France-Presse', '{"اے ایف پی"}'::text[])
) AS v(name, names)
WHERE lower(p.canonical_name) = lower(v.name);
