# The Debian package. Library dependencies are computed (dpkg-shlibdeps); what
# the programs load at run time without linking is named here: the SQL drivers
# (plugins), Qt's own Chinese translations, the fonts that draw Chinese on
# screen and in PDFs, and the lexicon that splits Chinese report terms.
set(CPACK_GENERATOR "TGZ;DEB")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, libqt6sql6-psql, qt6-translations-l10n, fonts-noto-cjk, fonts-wqy-zenhei, friso-dict")
# pg_dump and pg_restore for backups of an office server; Wayland sessions.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "postgresql-client, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# CPack puts the project description first, as the synopsis line.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Service Desk is a desktop client for after-sales and customer-service teams:
call-centre agents, technicians, quality inspectors and supervisors.
.
It keeps ticket queues, the incoming-call card, ticket forms, service-level
due times, dispatch, solution plans, complaints, return visits, a knowledge
base, quality inspection, costs, risks and printed quality reports, on a
SQLite file or a shared PostgreSQL server, with branch offices that
synchronise. The package holds the desk (servicedesk) and its command line
(sdctl), in English and Simplified Chinese.")
