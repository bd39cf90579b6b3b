#!/bin/bash
# notification-service sends receipts from this address; LocalStack, like SES, rejects mail
# from an unverified sender. Keep it equal to STORESPHERE_MAIL_FROM in docker-compose.yml.
set -euo pipefail
awslocal ses verify-email-identity --email-address orders@storesphere.dev
