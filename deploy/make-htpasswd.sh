#!/bin/sh
# Make the password file for the staff address (nginx auth_basic), at deploy time:
#   sh deploy/make-htpasswd.sh NAME            (asks for the password twice)
# Writes deploy/secrets/staff.htpasswd (apr1 hashes, no plain passwords). Run it again
# with another NAME to add a person; delete a line to take access away.
set -eu
name="${1:?usage: sh deploy/make-htpasswd.sh NAME}"
case "$name" in *:*) echo "a name cannot contain ':'" >&2; exit 2;; esac
dir="$(dirname "$0")/secrets"
mkdir -p "$dir"
hash="$(openssl passwd -apr1)"
printf '%s:%s\n' "$name" "$hash" >> "$dir/staff.htpasswd"
chmod 640 "$dir/staff.htpasswd"
echo "added $name to $dir/staff.htpasswd"
