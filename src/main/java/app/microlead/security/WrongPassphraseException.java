package app.microlead.security;

import app.microlead.storage.StorageException;

import static app.microlead.common.I18n.t;

/** The passphrase does not derive the journal's key. */
public final class WrongPassphraseException extends StorageException {

    public WrongPassphraseException() {
        super(t("storage.open.passphrase"));
    }
}
