#!/usr/bin/env bash
# The one command that runs all tests: unit tests, integration tests and the system tests
# (the built ROOT.war on a real Payara Micro, against MariaDB, with chromium).
#   ./test.sh                      everything
#   ./test.sh -pl system-tests -am  extra arguments go to Maven
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

scripts/ensure-test-services.sh
exec ./mvnw -B verify "$@"
