// Package secrets keeps small secrets (Procore OAuth tokens, a service account's client secret)
// in a file in the data folder without writing them as plain text where the system offers
// better: on Windows the bytes are sealed with DPAPI (CryptProtectData, current-user scope), so
// only the same Windows user on the same machine can read them back; on Linux, when a desktop
// keyring (Secret Service: GNOME Keyring, KWallet) answers, the file holds AES-GCM ciphertext
// under a key kept in that keyring (github.com/zalando/go-keyring). Where neither is available
// (a Linux server or CI without a desktop session, macOS for development) the file is written
// with mode 0600, and File.Protection says so in words for the log.
package secrets
