#!/bin/sh
# Installs the factory's Courier configuration (run as root after apt-get install courier-mta).
# Only courierd (the queue manager) is started, with "courier start"; the ESMTP listener (esmtpd)
# is never started, so nothing binds port 25.
HERE=$(dirname "$0")
cp "$HERE/esmtproutes" /etc/courier/esmtproutes
grep -v '^#' "$HERE/settings" | while read -r file value; do
    [ -n "$file" ] && echo "$value" > "/etc/courier/$file"
done
