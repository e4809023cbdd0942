package app.microlead.security;

import static app.microlead.common.I18n.t;

import app.microlead.storage.StorageException;

/** The passphrase does not derive the journal's key. */
public final class WrongPassphraseException extends StorageException {

    public WrongPassphraseException() {
        super(t("storage.open.passphrase"));
    }
}
