package org.wirecheck.credibility.engine;

/** What kind of thing a source is, in the newsroom's terms. */
public enum SourceKind {
    PERSON, ORGANIZATION, MEDIA, DOCUMENT, SOCIAL_MEDIA, ANONYMOUS;

    /** Whether a reader can tell who the source is; AP and Reuters count every anonymous source as unnamed. */
    public boolean named() {
        return this != ANONYMOUS;
    }
}
