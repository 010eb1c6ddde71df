# What a Linux install holds besides the two programs: the menu entry, the
# icon, the AppStream metainfo, the man pages and the Debian documents.
# Translations are compiled into the programs; Qt's own come from
# qt6-translations-l10n (a dependency of the .deb).

# The menu entry; it also makes the desk the handler of tel: and callto: links,
# so a softphone's "call" pops the caller card of the running desk.
install(FILES ${PROJECT_SOURCE_DIR}/resources/desktop/servicedesk.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)

foreach(size 16 22 24 32 48 64 128 256)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/hicolor/${size}x${size}/servicedesk.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/servicedesk.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

configure_file(${CMAKE_CURRENT_LIST_DIR}/servicedesk.metainfo.xml.in ${SD_PACKAGE_FILES_DIR}/servicedesk.metainfo.xml @ONLY)
install(FILES ${SD_PACKAGE_FILES_DIR}/servicedesk.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# Man pages and the changelog are installed compressed with gzip -n (no name
# or time stamp inside), so two builds of one version give the same package.
set(SD_VERSION "${PROJECT_VERSION}")
set(SD_COMPRESSED_DOCS)
foreach(page servicedesk.1 sdctl.1)
    configure_file(${CMAKE_CURRENT_LIST_DIR}/${page} ${SD_PACKAGE_FILES_DIR}/${page} @ONLY)
    add_custom_command(OUTPUT ${SD_PACKAGE_FILES_DIR}/${page}.gz
                       COMMAND gzip -9nc ${page} > ${page}.gz
                       DEPENDS ${SD_PACKAGE_FILES_DIR}/${page}
                       WORKING_DIRECTORY ${SD_PACKAGE_FILES_DIR} VERBATIM)
    list(APPEND SD_COMPRESSED_DOCS ${SD_PACKAGE_FILES_DIR}/${page}.gz)
    install(FILES ${SD_PACKAGE_FILES_DIR}/${page}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endforeach()
add_custom_command(OUTPUT ${SD_PACKAGE_FILES_DIR}/changelog.gz
                   COMMAND gzip -9nc ${CMAKE_CURRENT_LIST_DIR}/changelog > ${SD_PACKAGE_FILES_DIR}/changelog.gz
                   DEPENDS ${CMAKE_CURRENT_LIST_DIR}/changelog VERBATIM)
list(APPEND SD_COMPRESSED_DOCS ${SD_PACKAGE_FILES_DIR}/changelog.gz)
add_custom_target(package_documents ALL DEPENDS ${SD_COMPRESSED_DOCS})
install(FILES ${SD_PACKAGE_FILES_DIR}/changelog.gz ${CMAKE_CURRENT_LIST_DIR}/copyright DESTINATION ${CMAKE_INSTALL_DOCDIR})
