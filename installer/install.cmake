# Install rules and packaging. Kept out of the top-level file so packaging can
# grow (CPack generators per platform) without touching the build.
include(GNUInstallDirs)
install(TARGETS servicedesk sdctl RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# The menu entry; it also makes the desk the handler of tel: and callto: links,
# so a softphone's "call" pops the caller card of the running desk.
install(FILES ${PROJECT_SOURCE_DIR}/resources/desktop/servicedesk.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)

set(CPACK_PACKAGE_NAME "servicedesk")
set(CPACK_PACKAGE_VENDOR "Service Desk")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_GENERATOR "TGZ")
if(UNIX AND NOT APPLE)
    list(APPEND CPACK_GENERATOR "DEB")
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Service Desk team")
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
endif()
include(CPack)
