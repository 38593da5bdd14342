#include "lazy_library.h"

#include <dlfcn.h>

void lazy_library_open(struct lazy_library *library) {
    void *handle = NULL;
    for (size_t index = 0; index < library->file_name_count && handle == NULL; index++) {
        handle = dlopen(library->file_names[index], RTLD_NOW | RTLD_LOCAL);
    }
    if (handle == NULL) {
        library->failure = dlerror();
        return;
    }
    for (size_t index = 0; index < library->function_count; index++) {
        library->functions[index] = dlsym(handle, library->function_names[index]);
        if (library->functions[index] == NULL) {
            library->failure = library->function_names[index];
            return;
        }
    }
    library->failure = NULL;
}
