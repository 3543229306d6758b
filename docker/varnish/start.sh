#!/bin/sh
# The `cache` service's entrypoint (docker-compose.yml, docker-compose.scale.yml):
# fills BACKEND_HOST and BACKEND_PORT into the VCL template, allows purges from
# the private networks Docker uses (nginx in front refuses PURGE and BAN, so
# only the app reaches this with them), then runs Varnish in the foreground.
set -eu
sed -e "s/\${BACKEND_HOST}/${BACKEND_HOST}/" \
    -e "s/\${BACKEND_PORT}/${BACKEND_PORT}/" \
    -e 's|\${PURGE_ACL}|"127.0.0.1"; "10.0.0.0"/8; "172.16.0.0"/12; "192.168.0.0"/16;|' \
    /etc/varnish/default.vcl.template > /tmp/default.vcl
exec varnishd -F -n /var/lib/varnish/varnishd -f /tmp/default.vcl -a :6081 \
    -s "malloc,${VARNISH_SIZE:-256m}"
